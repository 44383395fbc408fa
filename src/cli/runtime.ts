import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { type DatabaseHandle, openDatabase } from '../db/database'
import { projectRoot } from '../lib/projectRoot'
import { tsxCli } from './tsx'

/** A stable PAYLOAD_SECRET for local runs, kept in .data/secret, unless the environment sets one. */
export async function ensureSecret(): Promise<void> {
  if (process.env.PAYLOAD_SECRET) return
  const file = path.join(projectRoot, '.data', 'secret')
  let secret = await fs.readFile(file, 'utf8').then((s) => s.trim(), () => '')
  if (!secret) {
    secret = randomBytes(32).toString('hex')
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, secret + '\n', { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = secret
}

export type SeedMode = 'if-empty' | 'always' | 'never'
export type Prepared = { database: DatabaseHandle; seeded: boolean }

/** Run src/cli/tasks.ts (migrations, seeding) in a child process against the open database. */
async function runTasks(seed: SeedMode, attempt = 1): Promise<{ seeded: boolean }> {
  const child = spawn(process.execPath, [tsxCli, path.join(projectRoot, 'src', 'cli', 'tasks.ts'), `--seed=${seed}`], {
    cwd: projectRoot,
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let result = { seeded: false }
  let buffered = ''
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8')
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('PRACTICA_TASKS_RESULT ')) result = JSON.parse(line.slice('PRACTICA_TASKS_RESULT '.length))
      else process.stdout.write(line + '\n')
    }
  })
  const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  if (code === STALLED && attempt < 3) {
    // Node's "unsettled top-level await": tsx's loader can stall on a cold compile cache (seen on a
    // fresh clone's first start, before anything touched the database). The cache is warm now: again.
    console.log('Preparing the database stalled while loading the code; trying again…')
    return runTasks(seed, attempt + 1)
  }
  if (code !== 0) throw new Error(`Database preparation failed (exit code ${code}); see the messages above.`)
  return result
}

/** Node's exit code when the event loop empties with a top-level await still pending. */
const STALLED = 13

/** Open the database (embedded unless DATABASE_URL), apply migrations and, when asked, seed it. */
export async function prepareDatabase(options: { seed: SeedMode }): Promise<Prepared> {
  await ensureSecret()
  const database = await openDatabase()
  try {
    const { seeded } = await runTasks(options.seed)
    return { database, seeded }
  } catch (error) {
    await database.stop()
    throw error
  }
}
