import type { Payload } from 'payload'

import type { AnswerInput } from '../src/engine/answers'

/* Right and wrong answers for demo activity and tests, built from the key as the grader reads it (server-side). */

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
export async function answerFor(payload: Payload, questionId: number, right: boolean): Promise<AnswerInput> {
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
