import type { Payload } from 'payload'

import { ACTIVITY_VIEWER_ROLES, type AccessUser, hasInstitutionRole, institutionsWithRole, isPlatformAdmin } from '@/access'
import { poolOf } from '@/db/sql'
import { RequestError } from '@/lib/errors'
import { type CohortCategory, type CohortLearner, cohortSummary } from '../cohortSummary'
import type { ResolvedOptions } from '../options'

const COHORT = `select distinct m._parent_id as user_id from users_memberships m
                 join users_memberships_roles r on r.parent_id = m.id and r.value = 'learner' where m.institution_id = $1`

/** Which institution the caller may see: the one asked for (staff of it, or a platform admin), or their only one. */
export function cohortInstitution(user: AccessUser, asked: number | undefined): number {
  const mine = institutionsWithRole(user, ACTIVITY_VIEWER_ROLES).map(Number)
  if (asked !== undefined) {
    if (isPlatformAdmin(user) || hasInstitutionRole(user, ACTIVITY_VIEWER_ROLES, asked)) return asked
    throw new RequestError(403, 'Cohort analytics are for the instructors, teaching assistants, examiners and admins of that institution.', 'institution')
  }
  if (mine.length === 1) return mine[0]
  if (mine.length === 0 && !isPlatformAdmin(user)) throw new RequestError(403, 'Cohort analytics are for instructors, teaching assistants, examiners and institution admins.')
  throw new RequestError(400, 'Say which institution: ?institution=<id>.', 'institution')
}

/** GET /analytics/cohort?institution=: the institution's learners, from the aggregates (cost grows with the cohort, not with its history). */
export async function cohort(payload: Payload, institution: number, options: ResolvedOptions, rules: { inactiveDays: number; atRiskScorePercent: number }) {
  const pool = poolOf(payload)
  const { rows: exists } = await pool.query<{ name: string }>(`select name from institutions where id = $1`, [institution])
  if (!exists[0]) throw new RequestError(404, `No institution has the id ${institution}.`, 'institution')
  const [{ rows: learners }, { rows: categories }, { rows: total }] = await Promise.all([
    pool.query<CohortLearner>(
      `with c as (${COHORT})
       select u.id, u.name, u.email, coalesce(l.answered, 0) as answered, coalesce(l.correct, 0) as correct,
              (select count(*)::int from analytics_learner_categories a join categories k on k.id = a.category_id and k.parent_id is null
                where a.user_id = u.id and a.answered >= $2 and a.correct * 100.0 >= $3 * a.answered) as completed,
              (select max(day)::text from analytics_learner_days d where d.user_id = u.id and (d.answered > 0 or d.heartbeat_sec > 0)) as last_active,
              analytics_local_day(now(), u.timezone)::text as today
         from c join users u on u.id = c.user_id left join analytics_learners l on l.user_id = u.id
        order by u.name, u.id`,
      [institution, options.completion.minAnswered, options.completion.minScorePercent],
    ),
    pool.query<CohortCategory>(
      `with c as (${COHORT})
       select k.slug, k.name, sum(a.answered)::int as answered, sum(a.correct)::int as correct, count(*)::int as learners
         from analytics_learner_categories a join categories k on k.id = a.category_id and k.parent_id is null
        where a.user_id in (select user_id from c) and a.answered > 0 group by k.slug, k.name`,
      [institution],
    ),
    pool.query<{ n: number }>(`select count(*)::int as n from categories where parent_id is null`),
  ])
  const summary = cohortSummary(learners, categories, {
    totalCategories: total[0].n,
    atRiskScorePercent: rules.atRiskScorePercent,
    atRiskMinAnswered: options.completion.minAnswered,
    inactiveDays: rules.inactiveDays,
    weakestMinAnswered: options.completion.minAnswered,
  })
  return { institution: { id: institution, name: exists[0].name }, rules: { inactive_days: rules.inactiveDays, at_risk_score_percent: rules.atRiskScorePercent, at_risk_min_answered: options.completion.minAnswered }, ...summary }
}
