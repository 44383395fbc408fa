import type { Tx } from '@/db/sql'
import { heartbeatCredit } from '../heartbeatCredit'
import type { ResolvedOptions } from '../options'

/** POST /analytics/heartbeat: credits study time to today (in the learner's time zone); duplicates change nothing. */
export async function recordHeartbeat(tx: Tx, userId: number, options: ResolvedOptions) {
  const { rows } = await tx.query<{ gap: number | null }>(
    `with ensure as (insert into analytics_learners (user_id) values ($1) on conflict (user_id) do nothing)
     select extract(epoch from now() - heartbeat_at)::float8 as gap from analytics_learners where user_id = $1 for update`,
    [userId],
  )
  const { creditSec, duplicate } = heartbeatCredit(rows[0]?.gap ?? null, options.heartbeat)
  if (duplicate) return { status: 200, body: { credited_sec: 0, duplicate: true } }
  await tx.query(
    `with beat as (update analytics_learners set heartbeat_at = now() where user_id = $1)
     insert into analytics_learner_days as d (user_id, day, heartbeat_sec)
     select $1, analytics_local_day(now(), timezone), $2 from users where id = $1 and $2 > 0
     on conflict (user_id, day) do update set heartbeat_sec = d.heartbeat_sec + excluded.heartbeat_sec`,
    [userId, creditSec],
  )
  return { status: 200, body: { credited_sec: creditSec, duplicate: false } }
}
