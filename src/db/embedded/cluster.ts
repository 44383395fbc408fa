import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { PostgresBinaries } from './binaries'
import type { OsIdentity } from './osUser'

export type ClusterOptions = {
  binaries: PostgresBinaries
  dataDir: string
  /** Extra `-c name=value` settings, e.g. durability off for throwaway test clusters. */
  settings?: Record<string, string>
  onLog?: (line: string) => void
  runAs: OsIdentity | null
}

const SUPERUSER = 'postgres'

const spawnOptions = (runAs: OsIdentity | null) => ({
  env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C', LANG: 'C' },
  ...(runAs ? { gid: runAs.gid, uid: runAs.uid } : {}),
})

function run(cmd: string, args: string[], runAs: OsIdentity | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...spawnOptions(runAs), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} exited with ${code}: ${output.trim()}`))))
  })
}

/** The superuser password lives beside the data directory, readable only by whoever starts Practica. */
async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = `${dataDir}.password`
  const existing = await fs.readFile(file, 'utf8').catch(() => null)
  if (existing) return existing.trim()
  const password = randomBytes(18).toString('base64url')
  await fs.writeFile(file, password + '\n', { mode: 0o600 })
  return password
}

/** Create the cluster if the data directory holds none. Returns the superuser password. */
export async function initCluster({ binaries, dataDir, runAs }: ClusterOptions): Promise<string> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 })
  if (runAs) await fs.chown(dataDir, runAs.uid, runAs.gid)
  const password = await readOrCreatePassword(dataDir)
  const initialised = await fs.access(path.join(dataDir, 'PG_VERSION')).then(() => true, () => false)
  if (initialised) return password
  const leftovers = await fs.readdir(dataDir)
  if (leftovers.length > 0) {
    throw new Error(`${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Move it aside and start again.`)
  }
  const pwfile = `${dataDir}.initdb-password`
  await fs.writeFile(pwfile, password + '\n', { mode: 0o600 })
  if (runAs) await fs.chown(pwfile, runAs.uid, runAs.gid)
  try {
    await run(binaries.initdb, [`--pgdata=${dataDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'], runAs)
  } finally {
    await fs.rm(pwfile, { force: true })
  }
  return password
}

/** A postmaster.pid left by a server whose parent was killed: stop it so this run can own the cluster. */
async function reclaimOrphan(dataDir: string): Promise<void> {
  const pidFile = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null)
  if (!pidFile) return
  const pid = Number(pidFile.split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null)
  if (!stat) return // not running; PostgreSQL removes the stale file itself
  const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  const parentStat = await fs.readFile(`/proc/${parentPid}/cmdline`, 'utf8').catch(() => '')
  const parentIsPractica = parentPid > 1 && /node|tsx/.test(parentStat)
  if (parentIsPractica) {
    throw new Error(`The database in ${dataDir} is already in use by another Practica process (postgres pid ${pid}). Stop that process first, or set DATABASE_URL.`)
  }
  process.kill(pid, 'SIGINT')
  for (let i = 0; i < 300; i++) {
    if (!(await fs.access(`/proc/${pid}`).then(() => true, () => false))) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`A leftover PostgreSQL server (pid ${pid}) on ${dataDir} did not stop.`)
}

export type RunningCluster = { port: number; process: ChildProcess; stop: () => Promise<void> }

export async function startCluster(options: ClusterOptions & { port: number }): Promise<RunningCluster> {
  const { binaries, dataDir, onLog, port, runAs, settings = {} } = options
  await reclaimOrphan(dataDir)
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=']
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`)
  // Own process group: a terminal's Ctrl-C reaches Practica, which then stops PostgreSQL in order.
  const child = spawn(binaries.postgres, args, { ...spawnOptions(runAs), detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      log += text
      onLog?.(text)
      if (text.includes('database system is ready to accept connections')) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited during start (code ${code}):\n${log.trim()}`)))
  })
  child.removeAllListeners('exit')
  let stopping: Promise<void> | null = null
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const force = setTimeout(() => child.kill('SIGQUIT'), 30_000)
      child.once('exit', () => {
        clearTimeout(force)
        resolve()
      })
      child.kill('SIGINT') // fast shutdown: roll back open transactions, checkpoint, exit
    }))
  return { port, process: child, stop }
}
