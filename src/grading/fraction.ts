import { normaliseAnswer, parseNumber } from './normalise'
import type { ChoiceKey, GradedResponse, NumericalKey, QuestionKey, ScoringPolicy, ShortAnswerKey } from './types'

const EPSILON = 1e-9
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

/** Per-option credit: the stored fraction, else correct options share 1 and wrong ones cost the same share. */
function optionFraction(key: ChoiceKey, option: ChoiceKey['options'][number]): number {
  if (option.fraction != null) return option.fraction
  const correct = key.options.filter((o) => o.correct).length || 1
  if (key.type !== 'multiple-response') return option.correct ? 1 : 0
  return option.correct ? 1 / correct : -1 / correct
}

function choiceFraction(key: ChoiceKey, selected: string[], policy: ScoringPolicy): number {
  const chosen = new Set(selected)
  const keyed = new Set(key.options.filter((o) => o.correct).map((o) => o.id))
  if (policy.mode === 'all-or-nothing' || key.type === 'true-false') {
    return chosen.size === keyed.size && [...chosen].every((id) => keyed.has(id)) ? 1 : 0
  }
  if (key.type === 'sba' && chosen.size > 1) return 0 // one answer is asked for
  const sum = key.options.filter((o) => chosen.has(o.id)).reduce((total, o) => total + optionFraction(key, o), 0)
  return clamp(sum, 0, 1)
}

function shortAnswerFraction(key: ShortAnswerKey, answer: string): number {
  const given = normaliseAnswer(answer, key.caseSensitive)
  return key.answers.reduce((best, a) => (normaliseAnswer(a.text, key.caseSensitive) === given ? Math.max(best, a.fraction) : best), 0)
}

function numericalFraction(key: NumericalKey, answer: string): number {
  const value = parseNumber(answer, key.unit)
  if (value == null) return 0
  return key.answers.reduce((best, a) => {
    const inRange =
      a.min != null && a.max != null ? value >= a.min - EPSILON && value <= a.max + EPSILON : a.value != null && Math.abs(value - a.value) <= (a.tolerance ?? 0) + EPSILON
    return inRange ? Math.max(best, a.fraction) : best
  }, 0)
}

/** Credit 0..1 for one response (EMQ: the share of stems matched). */
export function creditFraction(key: QuestionKey, response: GradedResponse, policy: ScoringPolicy): number {
  switch (key.type) {
    case 'sba':
    case 'multiple-response':
    case 'true-false':
      return choiceFraction(key, response.selectedOptionIds ?? [], policy)
    case 'emq': {
      if (key.stems.length === 0) return 0
      const right = key.stems.filter((s) => response.matches?.[s.id] === s.answerOptionId).length
      return right / key.stems.length
    }
    case 'short-answer':
      return shortAnswerFraction(key, response.answer ?? '')
    case 'numerical':
      return numericalFraction(key, response.answer ?? '')
  }
}

export function isAnswered(key: QuestionKey, response: GradedResponse): boolean {
  if (key.type === 'emq') return Object.values(response.matches ?? {}).some(Boolean)
  if (key.type === 'short-answer' || key.type === 'numerical') return (response.answer ?? '').trim() !== ''
  return (response.selectedOptionIds ?? []).length > 0
}
