import type { Endpoint } from 'payload'
import { z } from 'zod'

import { engineGet, enginePost } from '@/endpoints/engine/handler'
import type { RateRule } from '@/security/rateLimits'
import type { ResolvedOptions } from '../options'
import { RANGES } from '../periods'
import { dashboard } from '../queries/dashboard'
import { recordHeartbeat } from '../queries/heartbeat'
import * as learner from '../queries/learner'
import { peers } from '../queries/peers'

const heartbeats: RateRule = { name: 'heartbeats', limit: 30, windowSec: 60, message: 'Too many heartbeats in a short time.' }

const rangeQuery = z.object({ range: z.enum(RANGES as [string, ...string[]], { message: `range must be one of: ${RANGES.join(', ')}.` }).default('week') })
const WEEKS = 'weeks must be a whole number from 1 to 104.'
const weeksQuery = z.object({ weeks: z.coerce.number({ message: WEEKS }).int(WEEKS).min(1, WEEKS).max(104, WEEKS).default(12) })
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
  enginePost('/analytics/heartbeat', heartbeats, heartbeatBody, ({ user }, tx) => recordHeartbeat(tx, user.id, options)),
]
