import type { TaskConfig } from 'payload'

import { runQuestionImport } from '@/questions/import/run'

/** Runs a queued question import (see src/questions/import/run.ts). */
export const importQuestionsTask: TaskConfig<'importQuestions'> = {
  slug: 'importQuestions',
  label: 'Import questions',
  inputSchema: [{ name: 'importId', type: 'number', required: true }],
  retries: 0,
  handler: async ({ input, req }) => {
    await runQuestionImport(req.payload, input.importId)
    return { output: {} }
  },
}
