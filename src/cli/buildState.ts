import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '../lib/projectRoot'

const INPUTS = ['src', 'plugins', 'payload.config.ts', 'next.config.ts', 'tsconfig.json', 'package-lock.json']
const SKIP = new Set(['node_modules', '.next', '.data'])

async function* files(entry: string): AsyncGenerator<string> {
  const stat = await fs.stat(entry).catch(() => null)
  if (!stat) return
  if (stat.isFile()) {
    yield entry
    return
  }
  for (const child of (await fs.readdir(entry)).sort()) {
    if (!SKIP.has(child) && !child.endsWith('.spec.ts')) yield* files(path.join(entry, child))
  }
}

/** A digest of every input of the Next.js build: when it changes, the build is stale. */
export async function sourceDigest(): Promise<string> {
  const hash = createHash('sha256')
  for (const input of INPUTS) {
    for await (const file of files(path.join(projectRoot, input))) {
      hash.update(path.relative(projectRoot, file)).update('\0').update(await fs.readFile(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

export const distDir = (): string => path.join(projectRoot, process.env.PRACTICA_DIST_DIR ?? '.next')
const stampFile = () => path.join(distDir(), 'practica-build.json')

export async function buildIsFresh(): Promise<boolean> {
  const stamp = await fs.readFile(stampFile(), 'utf8').then((t) => JSON.parse(t) as { digest: string }, () => null)
  const complete = await fs.access(path.join(distDir(), 'BUILD_ID')).then(() => true, () => false)
  return Boolean(stamp && complete && stamp.digest === (await sourceDigest()))
}

export async function recordBuild(): Promise<void> {
  await fs.writeFile(stampFile(), JSON.stringify({ digest: await sourceDigest(), builtAt: new Date().toISOString() }, null, 2))
}
