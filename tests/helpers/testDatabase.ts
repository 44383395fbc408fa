import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/db/embedded'

export type TestDatabase = { url: string; stop: () => Promise<void> }

/** Durability is pointless for a throwaway cluster; turning it off makes the suite much faster. */
export const THROWAWAY_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }

/**
 * A fresh database for one test run: TEST_DATABASE_URL's server (a new database created on it),
 * else an embedded cluster in a new temporary directory, deleted afterwards.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `practica_${label}_${process.pid}_${Date.now().toString(36)}`.toLowerCase()
  if (process.env.TEST_DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
    await admin.connect()
    await admin.query(`create database "${name}"`)
    await admin.end()
    const url = new URL(process.env.TEST_DATABASE_URL)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      stop: async () => {
        const drop = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
        await drop.connect()
        await drop.query(`drop database if exists "${name}" with (force)`)
        await drop.end()
      },
    }
  }
  const base = await fs.mkdtemp(path.join(os.tmpdir(), `practica-${label}-`))
  await fs.chmod(base, 0o755)
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(base, 'postgres'), database: name, settings: THROWAWAY_SETTINGS })
  return {
    url: cluster.url,
    stop: async () => {
      await cluster.stop()
      await fs.rm(base, { recursive: true, force: true })
    },
  }
}
