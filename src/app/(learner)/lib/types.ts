/**
 * The shapes of Practica's practice and exam API (/api/v1/practice/…, /api/v1/exams/…) as this
 * frontend reads them. Written from the published contract, not imported from the server.
 */

export type QuestionType = 'sba' | 'multiple-response' | 'true-false' | 'emq' | 'short-answer' | 'numerical'
export type Confidence = 'low' | 'medium' | 'high'

type Ref = { id: number; name: string; slug: string } | null

export type QuestionOption = { id: string; label: string; text: string }

/** A question as a learner sees it before answering: `stem` is Lexical JSON, `stem_text` the same as plain text. */
export type LearnerQuestion = {
  id: number
  version: number
  type: QuestionType
  title: string
  stem: unknown
  stem_text: string
  difficulty: number | null
  category: Ref
  subcategory: Ref
  options?: QuestionOption[]
  emq?: { theme: string; stems: { id: string; prompt: string }[] }
  unit?: string | null
  media: { id: number; url: string | null; alt: string | null; mime_type: string | null }[]
  /** Exams only: the question's place in the paper. */
  position?: number
}

/** An answer in the API's shape: the fields its question type takes. */
export type AnswerFields = { selected_option_ids?: string[]; matches?: Record<string, string>; answer?: string }

export type AcceptedNumber = { value: number; tolerance: number } | { min: number; max: number }

/** What answering reveals (practice) or the review opens (exams). Explanations only when the session shows them. */
export type Reveal = {
  correct_option_ids: string[]
  correct_matches?: Record<string, string>
  accepted_answers?: string[]
  accepted_numbers?: AcceptedNumber[]
  explanation?: string
  explanation_rich?: unknown
  references?: { citation: string; url: string | null }[]
  option_feedback: Record<string, string>
}

export type Graded = Reveal & { is_correct: boolean; score: number; max_score: number }

export type PracticeConfig = {
  categories: string[]
  subcategories: string[]
  question_count: number
  requested_count: number
  include_explanations: boolean
  unseen_first: boolean
  incorrect_only: boolean
  flagged_only: boolean
}

export type PracticeSummary = {
  id: number
  status: 'open' | 'completed'
  question_count: number
  answered: number
  correct: number
  incorrect: number
  score_percent: number
  time_spent_sec: number
  categories: string[]
  started_at: string
  completed_at: string | null
}

/** GET /practice/sessions/{id}: `answered_at` is null for a row that only carries a flag. */
export type PracticeAnswer = AnswerFields & Graded & { question_id: number; confidence: Confidence | null; flagged: boolean; answered_at: string | null }

export type PracticeSession = PracticeSummary & {
  seed: string
  question_ids: number[]
  config: PracticeConfig
  questions: LearnerQuestion[]
  answers: PracticeAnswer[]
}

/** POST /practice/sessions/{id}/attempts */
export type PracticeAttemptResult = Graded & { question_id: number; answered: boolean; flagged: boolean }

export type ExamTemplate = {
  id: number
  name: string
  paper: string | null
  duration_minutes: number
  total_questions: number
  description: string
  pass_mark: number | null
  attempt_limit: number | null
  attempts_used: number
  available_from: string | null
  available_until: string | null
  review_policy: 'immediate' | 'after-window' | 'never'
}

export type ExamResult = {
  id: number
  template: { id: number; name: string; paper: string | null }
  status: 'open' | 'submitted'
  attempt_number: number
  total: number
  answered: number
  correct: number
  score: number
  max_score: number
  score_percent: number | null
  passed: boolean | null
  pass_mark: number | null
  time_spent_sec: number
  duration_sec: number | null
  started_at: string
  deadline: string
  submitted_at: string | null
  auto_submitted: boolean
  remaining_sec?: number
}

export type ExamSession = ExamResult & {
  server_time: string
  remaining_sec: number
  duration_minutes: number
  certainty_based: boolean
  questions: (LearnerQuestion & { position: number })[]
  answers: (AnswerFields & { question_id: number; confidence: Confidence | null; saved_at: string | null })[]
  flagged: number[]
  resumed?: boolean
}

/** One answer as POST /exams/sessions/{id}/attempts takes it. */
export type ExamAnswerInput = AnswerFields & { question_id: number; confidence?: Confidence; time_spent_sec?: number; flagged?: boolean }

export type ExamSaveResult = { saved: number; answered: number; total: number; flagged: number[]; remaining_sec: number }

export type ReviewAttempt = AnswerFields &
  Graded & { position: number; question_id: number; question: LearnerQuestion; confidence: Confidence | null; flagged: boolean; answered: boolean }

export type ExamReview = ExamResult & { attempts: ReviewAttempt[] }

export type Page<T> = { docs: T[]; totalDocs: number; page: number; limit: number; hasNextPage: boolean }
