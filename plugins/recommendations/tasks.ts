import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from './options'
import { drainRecomputeQueue, queueActiveLearners } from './recompute'

/** Every minute: recomputes the suggestions of learners queued since (after a completed session or submitted exam). */
export const recomputeQueuedTask = (o: ResolvedOptions): TaskConfig<'recommendationsRecomputeQueued'> => ({
  slug: 'recommendationsRecomputeQueued',
  label: 'Recompute suggested topics for learners queued after a session',
  retries: 2,
  schedule: [{ cron: '45 * * * * *', queue: 'recommendations' }],
  outputSchema: [{ name: 'recomputed', type: 'number' }],
  handler: async ({ req }) => ({ output: { recomputed: await drainRecomputeQueue(req.payload, o) } }),
})

/** Daily: queues every learner active in the last `activeDays` and recomputes them in batches (resumable: the queue is the progress). */
export const recomputeDailyTask = (o: ResolvedOptions): TaskConfig<'recommendationsRecomputeDaily'> => ({
  slug: 'recommendationsRecomputeDaily',
  label: 'Recompute suggested topics for every active learner',
  retries: 3,
  schedule: [{ cron: o.recompute.cron, queue: 'recommendations' }],
  outputSchema: [
    { name: 'queued', type: 'number' },
    { name: 'recomputed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const queued = await queueActiveLearners(req.payload, o)
    return { output: { queued, recomputed: await drainRecomputeQueue(req.payload, o, Number.MAX_SAFE_INTEGER) } }
  },
})
