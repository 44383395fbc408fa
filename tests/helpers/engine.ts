import type { Payload } from 'payload'

import { poolOf } from '../../src/db/sql'
import { api } from './rest'

/** The key of a question, read server-side (as the grader does), to build right and wrong answers. */
export async function keyOf(payload: Payload, questionId: number) {
  const q = await payload.findByID({ collection: 'questions', id: questionId, depth: 0, overrideAccess: true })
  const options = q.options ?? []
  return {
    type: q.type,
    correct: options.filter((o) => o.isCorrect).map((o) => o.id as string),
    wrong: options.filter((o) => !o.isCorrect).map((o) => o.id as string),
    options: options.map((o) => o.id as string),
    stems: (q.emqStems ?? []).map((s) => ({ id: s.id as string, answer: options.find((o) => o.label === s.answer)?.id as string })),
    accepted: (q.acceptedAnswers ?? []).map((a) => a.text),
    numerical: q.numericalAnswers?.[0],
  }
}

/** A correct (or wrong) answer body for a question, in the API's shape. */
export async function answerFor(payload: Payload, questionId: number, right: boolean): Promise<Record<string, unknown>> {
  const k = await keyOf(payload, questionId)
  switch (k.type) {
    case 'sba':
    case 'true-false':
      return { question_id: questionId, selected_option_ids: right ? k.correct : [k.wrong[0]] }
    case 'multiple-response':
      return { question_id: questionId, selected_option_ids: right ? k.correct : [k.wrong[0]] }
    case 'emq':
      return { question_id: questionId, matches: Object.fromEntries(k.stems.map((s) => [s.id, right ? s.answer : k.options.find((o) => o !== s.answer)!])) }
    case 'short-answer':
      return { question_id: questionId, answer: right ? k.accepted[0] : 'certainly not this' }
    default: {
      const n = k.numerical!
      const value = n.min != null && n.max != null ? (n.min + n.max) / 2 : (n.value ?? 0)
      return { question_id: questionId, answer: String(right ? value : value * 1000 + 12345) }
    }
  }
}

/** Rows in a table, straight from the database (to prove that nothing was written). */
export async function countRows(payload: Payload, table: 'responses' | 'practice_sessions' | 'exam_sessions' | 'idempotency_keys', where = 'true', params: unknown[] = []) {
  const { rows } = await poolOf(payload).query<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`, params)
  return rows[0].n
}

/** Answer keys that must never appear in what a learner receives before the answer is due. */
const KEY_FIELDS = ['isCorrect', 'is_correct', 'fraction', 'feedback', 'option_feedback', 'correct_option_ids', 'correct_matches', 'accepted_answers', 'accepted_numbers', 'explanation', 'explanation_rich', 'references', 'answer', 'acceptedAnswers', 'numericalAnswers']

export function keyFieldsIn(value: unknown, path = '$'): string[] {
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => [...(KEY_FIELDS.includes(key) ? [`${path}.${key}`] : []), ...keyFieldsIn(child, `${path}.${key}`)])
}

export const post = (path: string, token: string, body: unknown, headers?: Record<string, string>) => api('POST', path, { token, body, headers })
export const get = (path: string, token?: string) => api('GET', path, { token })
