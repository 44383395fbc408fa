import type { Payload } from 'payload'
import pg, { type Pool, type PoolClient } from 'pg'

/** A connection inside an open transaction. */
export type Tx = PoolClient

/** The adapter's primary pool (the one writes go to): for reads that hold no transaction. */
export const poolOf = (payload: Payload): Pool => (payload.db as unknown as { pool: Pool }).pool

/**
 * A pooled connection that drops while idle (a database restart or failover) makes the pool emit
 * 'error'; with no listener that is an uncaught exception and the process dies. Payload's pool has
 * none, so the app adds one at start: the pool discards the connection and opens a new one when needed.
 */
export function survivePoolErrors(payload: Payload): void {
  const pool = poolOf(payload)
  if (pool.listenerCount('error') > 0) return
  pool.on('error', (error) => payload.logger.warn({ err: error }, 'An idle database connection failed; it will be replaced.'))
}

const transactionPools = new WeakMap<Payload, Pool>()

/**
 * The engine's transactions run on a pool of their own (same server and credentials). A transaction
 * may wait on a Payload read (question versions, templates, auth), which takes a connection from
 * Payload's pool; were both on one pool, a burst of transactions could hold every connection while
 * waiting for one more — a deadlock. With two pools the wait always ends.
 */
function transactionPool(payload: Payload): Pool {
  let pool = transactionPools.get(payload)
  if (!pool) {
    pool = new pg.Pool({ ...poolOf(payload).options, max: Number(process.env.DATABASE_ENGINE_POOL_MAX ?? 10), idleTimeoutMillis: 30_000, allowExitOnIdle: true })
    pool.on('error', (error) => payload.logger.warn({ err: error }, 'An idle engine database connection failed; it will be replaced.'))
    transactionPools.set(payload, pool)
  }
  return pool
}

/** Runs `fn` in one transaction on one connection: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(payload: Payload, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await transactionPool(payload).connect()
  // A connection that drops between two statements of the transaction emits 'error' while no query runs;
  // caught here, the next statement fails and the transaction rolls back (an unheard 'error' would kill the process).
  let lost: Error | null = null
  const onError = (error: Error) => {
    lost = error
  }
  client.on('error', onError)
  try {
    await client.query('begin')
    const result = await fn(client)
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.off('error', onError)
    client.release(lost ?? undefined)
  }
}
