import type { Endpoint } from 'payload'
import { z } from 'zod'

import { engineGet, enginePost } from '@/endpoints/engine/handler'
import type { RateRule } from '@/security/rateLimits'
import { masteryOf } from '../mastery/query'
import type { ResolvedOptions } from '../options'
import { reviewQueue } from '../review/queue'
import { dismissSuggestion, suggestedTopics } from '../topics/suggestions'

const dismissals: RateRule = { name: 'recommendation-dismissals', limit: 60, windowSec: 60, message: 'Too many dismissals in a short time.' }

const dismissBody = z.strictObject({
  suggestion_id: z.number({ message: 'suggestion_id must be the id of one of your suggestions.' }).int().positive('suggestion_id must be the id of one of your suggestions.'),
})
const LIMIT = 'limit must be a whole number from 1 to 200.'
const queueQuery = z.object({ limit: z.coerce.number({ message: LIMIT }).int(LIMIT).min(1, LIMIT).max(200, LIMIT).default(50) })

/** The caller's own recommendations under /api/v1/recommendations (seed 000's "Recommendations"). */
export const recommendationEndpoints = (o: ResolvedOptions): Endpoint[] => [
  engineGet('/recommendations/topics', null, ({ req, user }) => suggestedTopics(req.payload, user.id, o)),
  enginePost('/recommendations/dismiss', dismissals, dismissBody, async ({ req, user, body }, tx) => {
    const dismissed = await dismissSuggestion(tx, user.id, body.suggestion_id, o)
    return { status: 200, body: { dismissed } }
  }),
  engineGet('/recommendations/mastery', null, ({ req, user }) => masteryOf(req.payload, user.id, o)),
  engineGet('/recommendations/review-queue', queueQuery, ({ req, user, body }) => reviewQueue(req.payload, user.id, (body as z.infer<typeof queueQuery>).limit)),
]
