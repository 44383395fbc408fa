import { creditFraction, isAnswered } from './fraction'
import type { Confidence, GradedResponse, GradeResult, QuestionKey, ScoringPolicy } from './types'

/** Moodle's certainty-based marking scores. */
export const CBM_MARKS: Record<Confidence, { correct: number; wrong: number }> = {
  low: { correct: 1, wrong: 0 },
  medium: { correct: 2, wrong: -2 },
  high: { correct: 3, wrong: -6 },
}

/** A question's base marks: one per EMQ stem, else one. */
export const baseMarks = (key: QuestionKey): number => (key.type === 'emq' ? Math.max(1, key.stems.length) : 1)

/**
 * Grade one response under a scoring policy. Without CBM: score = fraction × marks, minus the
 * negative-marking penalty when answered and wrong. With CBM: correct 1/2/3 and wrong 0/−2/−6 by
 * confidence (partial credit scales the correct mark), times the question's base marks.
 */
export function gradeResponse(key: QuestionKey, response: GradedResponse, policy: ScoringPolicy): GradeResult {
  const marks = baseMarks(key)
  const answered = isAnswered(key, response)
  const fraction = answered ? creditFraction(key, response, policy) : 0
  const isCorrect = fraction >= 1 - 1e-9
  if (policy.certaintyBased) {
    const cbm = CBM_MARKS[response.confidence ?? 'low']
    const score = !answered ? 0 : fraction > 0 ? fraction * cbm.correct * marks : cbm.wrong * marks
    return { score, maxScore: CBM_MARKS.high.correct * marks, fraction, isCorrect, answered }
  }
  const penalty = answered && fraction === 0 ? (policy.negativeMarking ?? 0) * marks : 0
  return { score: fraction * marks - penalty, maxScore: marks, fraction, isCorrect, answered }
}

/** The lowest score a question can get under a policy (for bounds and score distributions). */
export function minScore(key: QuestionKey, policy: ScoringPolicy): number {
  const marks = baseMarks(key)
  if (policy.certaintyBased) return CBM_MARKS.high.wrong * marks
  return -(policy.negativeMarking ?? 0) * marks
}
