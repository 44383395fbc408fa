import { z } from 'zod'

/** The JSON import/export format: an array of these objects (FORMATS.md). Friendly snake_case names, defaults as in CSV. */
const text = z.string()
const option = z.strictObject({ key: text.optional(), text, correct: z.boolean().optional(), fraction: z.number().optional(), feedback: text.optional() })
const weighted = z.strictObject({ text, fraction: z.number().optional(), feedback: text.optional() })
const numeric = z.strictObject({
  value: z.number().optional(),
  tolerance: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  fraction: z.number().optional(),
  feedback: text.optional(),
})

export const jsonQuestionSchema = z.strictObject({
  external_id: text.optional(),
  type: text,
  name: text.optional(),
  category: z.union([text, z.array(text)]).optional(),
  stem: text,
  explanation: text.optional(),
  tags: z.array(text).optional(),
  difficulty: z.number().optional(),
  options: z.array(option).optional(),
  answer: z.boolean().optional(),
  emq: z.strictObject({ theme: text.optional(), stems: z.array(z.strictObject({ text, answer: text })) }).optional(),
  accepted_answers: z.array(weighted).optional(),
  case_sensitive: z.boolean().optional(),
  numerical_answers: z.array(numeric).optional(),
  unit: text.optional(),
  references: z.array(z.union([text, z.strictObject({ citation: text, url: text.optional() })])).optional(),
  media: z.array(z.strictObject({ filename: text, mime_type: text.optional(), base64: text })).optional(),
})

export type JsonQuestion = z.infer<typeof jsonQuestionSchema>
export type JsonOption = z.infer<typeof option>
export type JsonNumeric = z.infer<typeof numeric>

/** "options.2.text: Invalid input: expected string, received number" for each problem. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ')
}
