import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/** A connection inside an open transaction. */
export type Tx = PoolClient

/** The adapter's primary pool (the one writes go to). */
export const poolOf = (payload: Payload): Pool => (payload.db as unknown as { pool: Pool }).pool

/** Runs `fn` in one transaction on one pooled connection: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(payload: Payload, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await poolOf(payload).connect()
  try {
    await client.query('begin')
    const result = await fn(client)
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
