import type { Endpoint } from 'payload'
import { z } from 'zod'

import type { AccessUser } from '@/access'
import { engineGet, enginePost } from '@/endpoints/engine/handler'
import type { RateRule } from '@/security/rateLimits'
import type { ResolvedOptions } from '../options'
import { RANGES } from '../periods'
import { cohort, cohortInstitution } from '../queries/cohort'
import { dashboard } from '../queries/dashboard'
import { recordHeartbeat } from '../queries/heartbeat'
import { templateItems } from '../queries/items'
import * as learner from '../queries/learner'
import { peers } from '../queries/peers'

const heartbeats: RateRule = { name: 'heartbeats', limit: 30, windowSec: 60, message: 'Too many heartbeats in a short time.' }

const rangeQuery = z.object({ range: z.enum(RANGES as [string, ...string[]], { message: `range must be one of: ${RANGES.join(', ')}.` }).default('week') })
const WEEKS = 'weeks must be a whole number from 1 to 104.'
const weeksQuery = z.object({ weeks: z.coerce.number({ message: WEEKS }).int(WEEKS).min(1, WEEKS).max(104, WEEKS).default(12) })
const cohortQuery = z.object({
  institution: z.coerce.number({ message: 'institution must be an institution id.' }).int().positive('institution must be an institution id.').optional(),
  inactive_days: z.coerce.number({ message: 'inactive_days must be 1–365.' }).int().min(1, 'inactive_days must be 1–365.').max(365, 'inactive_days must be 1–365.').default(14),
  at_risk_score: z.coerce.number({ message: 'at_risk_score must be 0–100.' }).min(0, 'at_risk_score must be 0–100.').max(100, 'at_risk_score must be 0–100.').default(50),
})
const itemsQuery = z.object({ template: z.coerce.number({ message: 'template must be an exam template id.' }).int().positive('template must be an exam template id.') })
const heartbeatBody = z.strictObject({ activity: z.string().trim().max(100).optional() })

/** The learner's own analytics under /api/v1 (seed 000's "Dashboard aggregates" and "Analytics and progress"). */
export const analyticsEndpoints = (options: ResolvedOptions): Endpoint[] => [
  engineGet('/dashboard', null, ({ req, user }) => dashboard(req.payload, user.id, options)),
  engineGet('/analytics/overview', null, ({ req, user }) => learner.overview(req.payload, user.id)),
  engineGet('/analytics/study-time', rangeQuery, ({ req, user, body }) => learner.studyTime(req.payload, user.id, (body as z.infer<typeof rangeQuery>).range as never)),
  engineGet('/analytics/categories', null, ({ req, user }) => learner.categories(req.payload, user.id)),
  engineGet('/analytics/heatmap', null, ({ req, user }) => learner.heatmap(req.payload, user.id)),
  engineGet('/analytics/trends', weeksQuery, ({ req, user, body }) => learner.trends(req.payload, user.id, (body as z.infer<typeof weeksQuery>).weeks)),
  engineGet('/analytics/peers', null, ({ req, user }) => peers(req.payload, user.id, options.minCohort)),
  engineGet('/analytics/cohort', cohortQuery, ({ req, user, body }) => {
    const q = body as z.infer<typeof cohortQuery>
    return cohort(req.payload, cohortInstitution(user as unknown as AccessUser, q.institution), options, { inactiveDays: q.inactive_days, atRiskScorePercent: q.at_risk_score })
  }),
  engineGet('/analytics/items', itemsQuery, ({ req, user, body }) => templateItems(req.payload, user as unknown as AccessUser, (body as z.infer<typeof itemsQuery>).template)),
  enginePost('/analytics/heartbeat', heartbeats, heartbeatBody, ({ user }, tx) => recordHeartbeat(tx, user.id, options)),
]
