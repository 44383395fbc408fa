/** Grading is pure: (question key, response, policy) → result. No I/O. */
export type Confidence = 'low' | 'medium' | 'high'

export type ScoringPolicy = {
  /** all-or-nothing: a choice question scores only when the selection equals the key; partial: per-option fractions. */
  mode: 'all-or-nothing' | 'partial'
  /** Marks (as a fraction of the question's maximum) taken off a wrong, answered response; 0 = none. */
  negativeMarking?: number
  /** Moodle's certainty-based marking: correct 1/2/3, wrong 0/−2/−6 for low/medium/high confidence. */
  certaintyBased?: boolean
}

export type ChoiceKey = { type: 'sba' | 'multiple-response' | 'true-false'; options: { id: string; correct: boolean; fraction?: number | null }[] }
export type EmqKey = { type: 'emq'; stems: { id: string; answerOptionId: string }[] }
export type ShortAnswerKey = { type: 'short-answer'; caseSensitive: boolean; answers: { text: string; fraction: number }[] }
export type NumericalKey = {
  type: 'numerical'
  unit?: string | null
  answers: { value?: number | null; tolerance?: number | null; min?: number | null; max?: number | null; fraction: number }[]
}
export type QuestionKey = ChoiceKey | EmqKey | ShortAnswerKey | NumericalKey

export type GradedResponse = {
  selectedOptionIds?: string[]
  /** EMQ: stem id → chosen option id. */
  matches?: Record<string, string>
  /** Short answer and numerical. */
  answer?: string
  confidence?: Confidence
}

export type GradeResult = {
  score: number
  maxScore: number
  /** Credit earned before negative marking and CBM, 0..1. */
  fraction: number
  isCorrect: boolean
  answered: boolean
}
