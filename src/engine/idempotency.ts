import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import { inTransaction, poolOf, type Tx } from '@/db/sql'
import { RequestError } from '@/lib/errors'

export type Outcome = { status: number; body: unknown }

class AlreadyClaimed extends Error {}

const MAX_KEY_LENGTH = 255

/**
 * Runs `op` in one transaction. With an Idempotency-Key, the key is claimed in that same transaction
 * (a concurrent duplicate waits on the claim, then finds it) and the outcome is stored with it, so a
 * retry returns the first outcome instead of acting twice. A failed operation rolls its claim back.
 */
export async function runIdempotent(
  payload: Payload,
  request: { userId: number; key: string | null; route: string; body: unknown },
  op: (tx: Tx) => Promise<Outcome>,
): Promise<Outcome & { replayed?: boolean }> {
  if (!request.key) return inTransaction(payload, op)
  if (request.key.length > MAX_KEY_LENGTH) throw new RequestError(400, `An Idempotency-Key is at most ${MAX_KEY_LENGTH} characters.`, 'Idempotency-Key')
  const scope = `${request.userId}:${request.key}`
  const hash = createHash('sha256').update(request.route).update('\n').update(JSON.stringify(request.body ?? null)).digest('hex')
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await inTransaction(payload, async (tx) => {
        const claim = await tx.query<{ id: number }>(
          `insert into idempotency_keys (scope, user_id, route, request_hash) values ($1, $2, $3, $4) on conflict (scope) do nothing returning id`,
          [scope, request.userId, request.route, hash],
        )
        if (claim.rowCount === 0) throw new AlreadyClaimed()
        const outcome = await op(tx)
        await tx.query(`update idempotency_keys set status = $2, body = $3 where id = $1`, [claim.rows[0].id, outcome.status, JSON.stringify(outcome.body)])
        return outcome
      })
    } catch (error) {
      if (!(error instanceof AlreadyClaimed)) throw error
    }
    const { rows } = await poolOf(payload).query<{ request_hash: string; status: number; body: unknown }>(
      `select request_hash, status, body from idempotency_keys where scope = $1`,
      [scope],
    )
    if (!rows[0]) continue // the first request rolled back after we saw its claim: try again
    if (rows[0].request_hash !== hash) throw new RequestError(422, 'This Idempotency-Key was already used for a different request.', 'Idempotency-Key')
    return { status: rows[0].status, body: rows[0].body, replayed: true }
  }
  throw new RequestError(409, 'The request with this Idempotency-Key is still being processed; retry shortly.', 'Idempotency-Key')
}

/** Housekeeping: forget keys older than `hours`. */
export async function forgetIdempotencyKeys(payload: Payload, hours = 24): Promise<number> {
  const result = await poolOf(payload).query(`delete from idempotency_keys where created_at < now() - make_interval(hours => $1)`, [hours])
  return result.rowCount ?? 0
}
