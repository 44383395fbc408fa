import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }

/** The connection of the request's transaction (the user row is locked by it until it commits). */
async function requestDb(req: PayloadRequest): Promise<Executor> {
  const adapter = req.payload.db as unknown as { drizzle: Executor; sessions?: Record<string, { db: Executor }> }
  const id = await req.transactionID
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

/**
 * Study days are counted in the learner's time zone. When it changes, the learner's day rows are
 * recounted from their responses in the new zone (heartbeat time stays on the days it was credited),
 * in the same transaction as the change, so the days stay what a recompute finds.
 */
export const recountDaysOnTimezoneChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const zone = (doc.timezone as string | null) || 'UTC'
  if (operation !== 'update' || !previousDoc || ((previousDoc.timezone as string | null) || 'UTC') === zone) return doc
  const db = await requestDb(req)
  await db.execute(sql`update analytics_learner_days set answered = 0, correct = 0, time_spent_sec = 0 where user_id = ${doc.id}`)
  await db.execute(sql`
    insert into analytics_learner_days as d (user_id, day, answered, correct, time_spent_sec)
    select user_id, analytics_local_day(answered_at, ${zone}), count(*), count(*) filter (where is_correct), sum(time_spent_sec)
      from responses where user_id = ${doc.id} and answered group by 1, 2
    on conflict (user_id, day) do update set answered = excluded.answered, correct = excluded.correct, time_spent_sec = excluded.time_spent_sec`)
  return doc
}
