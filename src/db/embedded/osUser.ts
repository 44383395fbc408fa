import { execFileSync, spawnSync } from 'node:child_process'
import os from 'node:os'

export type OsIdentity = { gid: number; uid: number; name: string }

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0

function lookup(name: string): OsIdentity | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
    return { gid, name, uid }
  } catch {
    return null
  }
}

/**
 * PostgreSQL refuses to run as root. When we are root, run it as the `postgres` OS user,
 * creating that system user if the machine has none. Returns null when no switch is needed.
 */
export function databaseOsUser(): OsIdentity | null {
  if (!isRoot() || os.platform() === 'win32') return null
  const existing = lookup('postgres')
  if (existing) return existing
  const attempts: string[][] = [
    ['useradd', '--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
    ['adduser', '-S', '-D', '-H', '-s', '/sbin/nologin', 'postgres'],
  ]
  for (const [cmd, ...args] of attempts) {
    if (spawnSync(cmd, args, { stdio: 'ignore' }).status === 0) {
      const created = lookup('postgres')
      if (created) return created
    }
  }
  throw new Error('Running as root, PostgreSQL needs a `postgres` OS user and none could be created (useradd failed). Create one, run as a normal user, or set DATABASE_URL.')
}

/** Whether `who` can reach `target` with the given mode — checked by the kernel, as that user. */
export function canAccess(target: string, who: OsIdentity, mode: 'r' | 'w' | 'x' | 'rwx'): boolean {
  const tests = mode.split('').map((m) => `test -${m} "$1"`).join(' && ')
  const result = spawnSync('/bin/sh', ['-c', tests, 'sh', target], { gid: who.gid, stdio: 'ignore', uid: who.uid })
  return result.status === 0
}
