import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { percentOf } from '@/engine/policy'

/** The cohort's score and activity per week (Monday to Sunday) over the last `weeks` weeks, oldest first. */
export async function cohortTrend(payload: Payload, institution: number, weeks = 12) {
  const { rows } = await poolOf(payload).query<{ week: string; answered: number; correct: number; learners: number }>(
    `with c as (select distinct m._parent_id as user_id from users_memberships m
                  join users_memberships_roles r on r.parent_id = m.id and r.value = 'learner' where m.institution_id = $1)
     select date_trunc('week', d.day)::date::text as week, sum(d.answered)::int as answered, sum(d.correct)::int as correct, count(distinct d.user_id)::int as learners
       from analytics_learner_days d
      where d.user_id in (select user_id from c) and d.day >= date_trunc('week', current_date)::date - 7 * ($2 - 1) and d.answered > 0
      group by 1 order by 1`,
    [institution, weeks],
  )
  return rows.map((r) => ({ ...r, score_percent: percentOf(r.correct, r.answered) }))
}
