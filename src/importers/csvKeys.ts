import type { DraftNumericalAnswer, DraftOption, QuestionDraft, QuestionType } from '../questions/types'
import { readKeyed, readScores, readStems, readWeighted, readYesNo } from './csvCells'
import { defaultFraction, optional, trueFalseOptions } from './draftParts'
import { parseNumber, parseNumericSpec } from './numbers'
import { sanitizeImportedHtml } from './sanitize'

export type KeyPart = Pick<QuestionDraft, 'type' | 'options' | 'emq' | 'shortAnswer' | 'numerical'>
type Cell = (column: string) => string
type Text = { key: string; text: string }

const unknownKeys = (what: string, keys: Iterable<string>, known: readonly string[]) => {
  const missing = [...keys].filter((k) => !known.includes(k))
  return missing.length === 0 ? undefined : `${what} names ${missing.map((k) => k.toUpperCase()).join(', ')}, which ${missing.length === 1 ? 'is not an option' : 'are not options'}.`
}

/** The answer key of a CSV row, by type: `correct`/`scores`/`option_feedback`, `emq_stems`, `accepted_answers`, `numerical_*`. */
export function csvKeyPart(type: QuestionType, cell: Cell, texts: readonly Text[]): KeyPart | string {
  const feedback = readKeyed(cell('option_feedback'))
  if (typeof feedback === 'string') return feedback
  const feedbackOf = new Map(feedback.map(([key, text]) => [key, sanitizeImportedHtml(text)]))
  const keys = texts.map((t) => t.key)
  switch (type) {
    case 'true-false': {
      const answer = readYesNo(cell('correct'))
      if (typeof answer === 'string' || cell('correct').trim() === '') return 'A true/false row needs "correct" set to true or false.'
      return unknownKeys('option_feedback', feedbackOf.keys(), ['true', 'false']) ?? { type, options: trueFalseOptions(answer, { true: feedbackOf.get('true'), false: feedbackOf.get('false') }) }
    }
    case 'sba':
    case 'multiple-response': {
      const correct = cell('correct').split(/[\s;,]+/).filter((k) => k !== '').map((k) => k.toLowerCase())
      const scores = readScores(cell('scores'))
      if (typeof scores === 'string') return scores
      const problem = unknownKeys('"correct"', correct, keys) ?? unknownKeys('"scores"', scores.keys(), keys) ?? unknownKeys('option_feedback', feedbackOf.keys(), keys)
      if (problem) return problem
      const options: DraftOption[] = texts.map(({ key, text }) => {
        const isCorrect = correct.includes(key)
        const note = optional(feedbackOf.get(key))
        return { key, text, correct: isCorrect, fraction: scores.get(key) ?? defaultFraction(type, isCorrect, correct.length), ...(note !== undefined && { feedback: note }) }
      })
      return { type, options }
    }
    case 'emq': {
      const stems = readStems(cell('emq_stems'))
      if (typeof stems === 'string') return stems
      const theme = optional(cell('emq_theme'))
      const options = texts.map(({ key, text }) => ({ key, text, correct: false, fraction: 0 }))
      return { type, options, emq: { ...(theme !== undefined && { theme }), stems: stems.map((s) => ({ text: sanitizeImportedHtml(s.text), correctKey: s.key })) } }
    }
    case 'short-answer': {
      const caseSensitive = readYesNo(cell('case_sensitive'))
      if (typeof caseSensitive === 'string') return `case_sensitive: ${caseSensitive}`
      const answers = readWeighted(cell('accepted_answers')).map((a) => ({ ...a, ...(a.feedback !== undefined && { feedback: sanitizeImportedHtml(a.feedback) }) }))
      return { type, options: [], shortAnswer: { answers, caseSensitive } }
    }
    case 'numerical':
      return numericalPart(cell)
  }
}

/** `numerical_value` (a number or "min..max") ± `numerical_tolerance` at 100 %, then any `accepted_answers`. */
function numericalPart(cell: Cell): KeyPart | string {
  const answers: DraftNumericalAnswer[] = []
  if (cell('numerical_value').trim() !== '') {
    const main = parseNumericSpec(cell('numerical_value').trim())
    const tolerance = cell('numerical_tolerance').trim() === '' ? undefined : parseNumber(cell('numerical_tolerance'))
    if (typeof main === 'string') return main
    if (tolerance === undefined && cell('numerical_tolerance').trim() !== '') return `numerical_tolerance "${cell('numerical_tolerance')}" is not a number.`
    answers.push({ value: main.value, tolerance: tolerance ?? main.tolerance, fraction: 1 })
  }
  for (const entry of readWeighted(cell('accepted_answers'))) {
    const numeric = parseNumericSpec(entry.text)
    if (typeof numeric === 'string') return numeric
    answers.push({ ...numeric, fraction: entry.fraction, ...(entry.feedback !== undefined && { feedback: sanitizeImportedHtml(entry.feedback) }) })
  }
  const unit = optional(cell('numerical_unit'))
  return { type: 'numerical', options: [], numerical: { answers, ...(unit !== undefined && { unit }) } }
}
