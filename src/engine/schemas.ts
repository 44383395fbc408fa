import { z } from 'zod'

import { idParam } from '@/lib/ids'
import { answerInput } from './answers'

export { idParam }

const slugs = z.array(z.string().trim().min(1).max(200)).max(100)
const difficulty = z.number().int().min(1).max(5)

/** POST /practice/sessions */
export const practiceStartInput = z.strictObject({
  /** "review": the learner's questions due for review (served by a plugin, e.g. recommendations), most overdue first. */
  mode: z.enum(['standard', 'review']).default('standard'),
  categories: slugs.default([]),
  subcategories: slugs.default([]),
  question_count: z.number().int().min(1).max(200).default(20),
  include_explanations: z.boolean().default(true),
  difficulty: z.union([difficulty, z.array(difficulty).min(1).max(5)]).optional(),
  unseen_first: z.boolean().default(false),
  incorrect_only: z.boolean().default(false),
  flagged_only: z.boolean().default(false),
  institution_id: z.number().int().positive().optional(),
  /** Replays a draw: the same seed over the same bank gives the same questions. */
  seed: z.string().trim().min(1).max(100).optional(),
})
export type PracticeStartInput = z.infer<typeof practiceStartInput>

/** POST /practice/sessions/{id}/attempts */
export const practiceAnswerInput = answerInput

/** POST /exams/sessions */
export const examStartInput = z.strictObject({ template_id: idParam })

/** POST /exams/sessions/{id}/attempts: one answer, or a batch. */
export const examAnswersInput = z
  .preprocess((v) => (v && typeof v === 'object' && 'answers' in v ? v : { answers: [v] }), z.strictObject({ answers: z.array(answerInput).min(1).max(500) }))
  .transform((v) => v.answers)

/** List paging: ?limit=&page= */
export const pageInput = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), page: z.coerce.number().int().min(1).default(1) })

