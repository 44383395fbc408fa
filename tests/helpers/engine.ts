import type { Payload } from 'payload'

import { poolOf } from '../../src/db/sql'
import { api } from './rest'

export { answerFor, keyOf } from '../../seed/answers'

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
