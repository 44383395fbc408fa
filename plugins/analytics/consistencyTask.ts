import type { TaskConfig } from 'payload'

import { checkAggregates } from './aggregates/consistency'
import { refreshQuestionQuality } from './items/quality'

/**
 * Nightly: recomputes every aggregate from the raw records, reports differences in the job's output
 * and the log, and rebuilds the tables that differ (`npm run analytics:check` does the same on demand);
 * then refreshes every question's item quality from the submitted exam sittings.
 */
export const analyticsConsistencyTask: TaskConfig<'analyticsConsistency'> = {
  slug: 'analyticsConsistency',
  label: 'Recompute analytics aggregates from responses and repair differences',
  retries: 0,
  schedule: [{ cron: '0 30 3 * * *', queue: 'analytics' }],
  outputSchema: [
    { name: 'differences', type: 'number' },
    { name: 'fixed', type: 'checkbox' },
    { name: 'questionsRated', type: 'number' },
  ],
  handler: async ({ req }) => {
    const report = await checkAggregates(req.payload, { fix: true })
    if (report.differences.length) req.payload.logger.warn({ differences: report.differences.slice(0, 20) }, `Analytics aggregates differed from the responses in ${report.differences.length} rows; rebuilt.`)
    return { output: { differences: report.differences.length, fixed: report.fixed, questionsRated: await refreshQuestionQuality(req.payload) } }
  },
}
