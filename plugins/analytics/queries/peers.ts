import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { percentOf } from '@/engine/policy'
import { percentileRank } from '../periods'

type Row = { institution_id: number; institution: string; slug: string | null; name: string | null; scores: number[]; mine: number | null }

/**
 * Score of every learner with answers among the caller's institutions' learners (the caller
 * included), overall (slug null) and per top-level category the caller has answered. Computed from
 * the aggregates: the cost grows with the cohort, not with anyone's history.
 */
const COHORT_SCORES = `
with inst as (select distinct m.institution_id as id from users_memberships m where m._parent_id = $1),
cohort as (
  select distinct m.institution_id, m._parent_id as user_id
    from users_memberships m join users_memberships_roles r on r.parent_id = m.id and r.value = 'learner'
   where m.institution_id in (select id from inst)
  union select id, $1 from inst),
overall as (
  select c.institution_id, null::varchar as slug, null::varchar as name, c.user_id, l.correct::float8 / l.answered as score
    from cohort c join analytics_learners l on l.user_id = c.user_id and l.answered > 0),
per_category as (
  select c.institution_id, k.slug, k.name, c.user_id, a.correct::float8 / a.answered as score
    from cohort c join analytics_learner_categories a on a.user_id = c.user_id and a.answered > 0
    join categories k on k.id = a.category_id and k.parent_id is null
   where a.category_id in (select category_id from analytics_learner_categories where user_id = $1 and answered > 0)),
s as (select * from overall union all select * from per_category)
select s.institution_id, i.name as institution, s.slug, s.name, array_agg(s.score) as scores, max(s.score) filter (where s.user_id = $1) as mine
  from s join institutions i on i.id = s.institution_id
 group by s.institution_id, i.name, s.slug, s.name
 order by i.name, s.name nulls first`

const comparison = (r: Row, minCohort: number) => {
  const shown = r.mine !== null && r.scores.length >= minCohort
  return {
    cohort_size: r.scores.length,
    score_percent: r.mine === null ? null : percentOf(r.mine, 1),
    percentile: shown ? percentileRank(r.mine!, r.scores) : null,
    ...(shown ? {} : { hidden_reason: r.mine === null ? 'No answers yet.' : `Shown from ${minCohort} learners with answers.` }),
  }
}

/** GET /analytics/peers: the learner's percentile rank among the learners of each of their institutions, overall and per category. */
export async function peers(payload: Payload, userId: number, minCohort: number) {
  const { rows } = await poolOf(payload).query<Row>(COHORT_SCORES, [userId])
  const institutions = new Map<number, { id: number; name: string; overall: ReturnType<typeof comparison> | null; categories: object[] }>()
  for (const r of rows) {
    const entry = institutions.get(r.institution_id) ?? { id: r.institution_id, name: r.institution, overall: null, categories: [] }
    institutions.set(r.institution_id, entry)
    if (r.slug === null) entry.overall = comparison(r, minCohort)
    else entry.categories.push({ slug: r.slug, name: r.name, ...comparison(r, minCohort) })
  }
  return { min_cohort: minCohort, institutions: [...institutions.values()] }
}
