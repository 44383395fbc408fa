import type { Payload } from 'payload'

import { inTransaction, poolOf } from '@/db/sql'
import type { ResolvedOptions } from './options'
import { recomputeSuggestions } from './topics/suggestions'

/** Queues every learner who answered anything in the last `activeDays` (a learner already queued stays queued once). */
export async function queueActiveLearners(payload: Payload, o: ResolvedOptions): Promise<number> {
  const { rowCount } = await poolOf(payload).query(
    `insert into rec_learners (user_id, queued_at)
     select distinct user_id, now() from responses where answered and answered_at >= now() - make_interval(days => $1)
     on conflict (user_id) do update set queued_at = coalesce(rec_learners.queued_at, excluded.queued_at)`,
    [o.recompute.activeDays],
  )
  return rowCount ?? 0
}

/**
 * Recomputes queued learners, `batchSize` per transaction. Each batch claims its learners with
 * `for update skip locked`, so several workers (or app instances) share the queue without doing a
 * learner twice; a worker that dies mid-batch rolls back, leaving its learners queued for the next run.
 */
export async function drainRecomputeQueue(payload: Payload, o: ResolvedOptions, maxBatches = 200): Promise<number> {
  let done = 0
  for (let batch = 0; batch < maxBatches; batch++) {
    const count = await inTransaction(payload, async (tx) => {
      const { rows } = await tx.query<{ user_id: number }>(
        `select user_id from rec_learners where queued_at is not null order by queued_at, user_id limit $1 for update skip locked`,
        [o.recompute.batchSize],
      )
      for (const { user_id } of rows) await recomputeSuggestions(tx, user_id, o)
      return rows.length
    })
    done += count
    if (count < o.recompute.batchSize) break
  }
  return done
}
