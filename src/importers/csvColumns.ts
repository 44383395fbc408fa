import type { QuestionType } from '../questions/types'
import { QUESTION_TYPES } from '../questions/types'

/** Columns of option texts the exporter writes; importers read any `option_<letter>` column, more via `more_options`. */
export const OPTION_COLUMN_COUNT = 8
export const optionColumn = (letter: string) => `option_${letter.toLowerCase()}`

/** The CSV columns, in the order the exporter writes them (FORMATS.md describes each). */
export const CSV_COLUMNS = [
  'external_id', 'type', 'name', 'category', 'stem',
  ...Array.from({ length: OPTION_COLUMN_COUNT }, (_, i) => optionColumn(String.fromCharCode(97 + i))),
  'more_options', 'correct', 'scores', 'option_feedback', 'explanation', 'difficulty', 'tags', 'references',
  'accepted_answers', 'case_sensitive', 'numerical_value', 'numerical_tolerance', 'numerical_unit',
  'emq_theme', 'emq_stems', 'media',
] as const

/** "Option A", "option-a", " OPTION_A " → "option_a". */
export const normalizeHeader = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_')

const ALIASES: Record<string, QuestionType> = {
  sba: 'sba', single_best_answer: 'sba', single: 'sba', mcq: 'sba',
  multiple_response: 'multiple-response', mr: 'multiple-response',
  true_false: 'true-false', truefalse: 'true-false', 'true/false': 'true-false', tf: 'true-false',
  emq: 'emq', extended_matching: 'emq', matching: 'emq',
  short_answer: 'short-answer', shortanswer: 'short-answer',
  numerical: 'numerical', numeric: 'numerical',
}

/** The question type a `type` cell names (any case, "-", "_" or spaces), or undefined when it is not one of the six. */
export function questionTypeOf(cell: string): QuestionType | undefined {
  const value = normalizeHeader(cell)
  return QUESTION_TYPES.find((type) => type === cell.trim()) ?? ALIASES[value]
}
