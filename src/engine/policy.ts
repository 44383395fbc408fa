import type { ScoringPolicy } from '@/grading'

export const REVIEW_POLICIES = ['immediate', 'after-window', 'never'] as const
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number]

export const SCORING_MODES = ['all-or-nothing', 'partial'] as const

/** What an exam session keeps of its template when it starts, so later edits never change a paper in progress. */
export type ExamPolicy = {
  name: string
  paper: string | null
  durationMinutes: number
  passMark: number | null
  reviewPolicy: ReviewPolicy
  availableUntil: string | null
  scoring: ScoringPolicy
}

export type ReviewState = { open: true } | { open: false; reason: string }

/** Whether a submitted session's answers and explanations may be shown now. Pure. */
export function reviewState(policy: Pick<ExamPolicy, 'reviewPolicy' | 'availableUntil'>, submitted: boolean, now: Date): ReviewState {
  if (!submitted) return { open: false, reason: 'The review opens once the exam is submitted.' }
  if (policy.reviewPolicy === 'never') return { open: false, reason: 'This paper does not release answers.' }
  if (policy.reviewPolicy === 'after-window' && policy.availableUntil && now < new Date(policy.availableUntil)) {
    return { open: false, reason: `Answers are released when the exam window closes at ${new Date(policy.availableUntil).toISOString()}.` }
  }
  return { open: true }
}

/** Percent of the maximum, floored at 0 (negative marking can take a total below zero), to two decimals. */
export function percentOf(score: number, maxScore: number): number {
  if (maxScore <= 0) return 0
  return Math.round(Math.max(0, (score / maxScore) * 100) * 100) / 100
}
