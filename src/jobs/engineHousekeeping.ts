import type { TaskConfig } from 'payload'

import { submitOverdueSessions } from '@/engine/exams'
import { forgetIdempotencyKeys } from '@/engine/idempotency'
import { forgetRateLimits } from '@/security/rateLimit'
import { forgetJobSlots } from './oncePerSlot'

/**
 * Every minute: submits exam sessions whose time ran out (with the answers saved before the deadline)
 * forgets idempotency keys older than a day and rate-limit windows that have ended. Sessions are
 * also settled when next read.
 */
export const engineHousekeepingTask: TaskConfig<'engineHousekeeping'> = {
  slug: 'engineHousekeeping',
  label: 'Submit overdue exams, forget old idempotency keys and rate-limit windows',
  retries: 0,
  schedule: [{ cron: '0 * * * * *', queue: 'engine' }],
  outputSchema: [
    { name: 'submitted', type: 'number' },
    { name: 'forgotten', type: 'number' },
    { name: 'expiredLimits', type: 'number' },
  ],
  handler: async ({ req }) => {
    let submitted = 0
    for (let batch = await submitOverdueSessions(req.payload); batch > 0; batch = await submitOverdueSessions(req.payload)) submitted += batch
    await forgetJobSlots(req.payload)
    return { output: { submitted, forgotten: await forgetIdempotencyKeys(req.payload), expiredLimits: await forgetRateLimits(req.payload) } }
  },
}
