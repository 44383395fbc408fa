import type { TaskConfig } from 'payload'

import { forwardStatements } from './xapi/outbox'

/** Every minute, when XAPI_LRS_URL is set: sends queued xAPI statements to the Learning Record Store, retrying failures with back-off. */
export const xapiForwardTask: TaskConfig<'xapiForward'> = {
  slug: 'xapiForward',
  label: 'Forward xAPI statements to the Learning Record Store',
  retries: 0,
  // Scheduled only where a Learning Record Store is configured (the task stays registered, for `payload jobs:run`).
  schedule: process.env.XAPI_LRS_URL ? [{ cron: '30 * * * * *', queue: 'analytics' }] : [],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await forwardStatements(req.payload) }),
}
