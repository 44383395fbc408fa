import { z } from 'zod'

import type { Confidence, GradedResponse } from '@/grading'
import { idParam } from '@/lib/ids'
import { QUESTION_TYPE_LABELS } from '@/questions/types'
import type { QuestionContent } from './questionContent'

const id = z.union([z.string().min(1).max(64), z.number().int()]).transform(String)

/** One answer as a client sends it (REST body or GraphQL input). */
export const answerInput = z.strictObject({
  question_id: idParam,
  selected_option_ids: z.array(id).max(50).optional(),
  matches: z.record(z.string().max(64), id).optional(),
  answer: z.union([z.string().max(500), z.number()]).transform(String).optional(),
  confidence: z.enum(['low', 'medium', 'high']).optional(),
  time_spent_sec: z.number().int().min(0).max(86_400).optional(),
  flagged: z.boolean().optional(),
})
export type AnswerInput = z.infer<typeof answerInput>

export type CheckedAnswer = {
  /** null when the input carries no answer (only a flag, or a cleared answer). */
  response: GradedResponse | null
  stored: Record<string, unknown> | null
  confidence: Confidence | null
}

export class AnswerProblem extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message)
  }
}

const label = (content: QuestionContent) => QUESTION_TYPE_LABELS[content.key.type].toLowerCase()

/**
 * Checks an answer against the question it answers: the right shape for its type, option and stem
 * ids that belong to it. Throws AnswerProblem (a 400) otherwise. Pure.
 */
export function checkAnswer(content: QuestionContent, input: AnswerInput, path = ''): CheckedAnswer {
  const at = (field: string) => (path ? `${path}.${field}` : field)
  const type = content.key.type
  const confidence = input.confidence ?? null
  const choice = type === 'sba' || type === 'multiple-response' || type === 'true-false'
  const wrongShape = (expected: string) =>
    new AnswerProblem(`Question ${content.questionId} is a ${label(content)} question: send ${expected}.`, at(expected))

  if (choice) {
    if (input.matches !== undefined || input.answer !== undefined) throw wrongShape('selected_option_ids')
    if (input.selected_option_ids === undefined) return { response: null, stored: null, confidence }
    const selected = [...new Set(input.selected_option_ids)]
    selected.forEach((optionId, i) => {
      if (!content.optionIds.includes(optionId)) throw new AnswerProblem(`Option ${optionId} is not an option of question ${content.questionId}.`, at(`selected_option_ids.${i}`))
    })
    if (type !== 'multiple-response' && selected.length > 1) throw new AnswerProblem(`Question ${content.questionId} takes one option.`, at('selected_option_ids'))
    return { response: { selectedOptionIds: selected, confidence: confidence ?? undefined }, stored: { selected_option_ids: selected }, confidence }
  }
  if (type === 'emq') {
    if (input.selected_option_ids !== undefined || input.answer !== undefined) throw wrongShape('matches')
    if (input.matches === undefined) return { response: null, stored: null, confidence }
    for (const [stemId, optionId] of Object.entries(input.matches)) {
      if (!content.stemIds.includes(stemId)) throw new AnswerProblem(`Stem ${stemId} is not a stem of question ${content.questionId}.`, at(`matches.${stemId}`))
      if (!content.optionIds.includes(optionId)) throw new AnswerProblem(`Option ${optionId} is not an option of question ${content.questionId}.`, at(`matches.${stemId}`))
    }
    return { response: { matches: input.matches, confidence: confidence ?? undefined }, stored: { matches: input.matches }, confidence }
  }
  if (input.selected_option_ids !== undefined || input.matches !== undefined) throw wrongShape('answer')
  if (input.answer === undefined) return { response: null, stored: null, confidence }
  return { response: { answer: input.answer, confidence: confidence ?? undefined }, stored: { answer: input.answer }, confidence }
}

/** A stored response in the API's shape (the fields the learner sent). */
export const storedAnswer = (stored: unknown): { selected_option_ids?: string[]; matches?: Record<string, string>; answer?: string } =>
  (stored && typeof stored === 'object' ? stored : {}) as { selected_option_ids?: string[]; matches?: Record<string, string>; answer?: string }

/** The grading input for a stored response. */
export const gradedFromStored = (stored: unknown, confidence: Confidence | null): GradedResponse => {
  const s = storedAnswer(stored)
  return { selectedOptionIds: s.selected_option_ids, matches: s.matches, answer: s.answer, confidence: confidence ?? undefined }
}
