import pg from 'pg'
import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

const MIGRATION_LOCK_KEY = 727_001 // arbitrary, constant: one migrator at a time across app instances

/** Apply committed migrations, holding an advisory lock so several instances starting together migrate once. */
export async function applyMigrations(payload: Payload, databaseUrl: string): Promise<void> {
  const lock = new pg.Client({ connectionString: databaseUrl })
  await lock.connect()
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    // The generated index types up/down with the adapter's argument types; Payload's list type is looser.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined)
    await lock.end()
  }
}
