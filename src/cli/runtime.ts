import fs from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { type DatabaseHandle, openDatabase } from '../db/database'
import { applyMigrations } from '../db/migrate'
import { projectRoot } from '../lib/projectRoot'

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

/** Boot Payload in this process (migrations and seeding run here, before the web server starts). */
export async function bootPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}

export type Prepared = { database: DatabaseHandle; seeded: boolean }

/** Open the database, apply migrations and, when asked, seed an empty database. */
export async function prepareDatabase(options: { seed: 'if-empty' | 'always' | 'never' }): Promise<Prepared> {
  await ensureSecret()
  const database = await openDatabase()
  try {
    const payload = await bootPayload()
    await applyMigrations(payload, database.url)
    let seeded = false
    if (options.seed !== 'never') {
      const { seed, isEmpty } = await import('../../seed')
      if (options.seed === 'always' || (await isEmpty(payload))) {
        await seed(payload)
        seeded = true
      }
    }
    await payload.destroy()
    return { database, seeded }
  } catch (error) {
    await database.stop()
    throw error
  }
}
