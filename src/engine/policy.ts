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

/** Whether the learner can start (or resume) a paper now, and if not, why and from when. Pure. */
export function availability(
  t: { name: string; attemptLimit?: number | null; availableFrom?: string | null; availableUntil?: string | null },
  attemptsUsed: number,
  openSessionId: number | null,
  now: Date,
): { can_start: boolean; reason: 'opens-later' | 'closed' | 'no-attempts-left' | null; message: string | null; available_at: string | null } {
  if (openSessionId !== null) return { can_start: true, reason: null, message: null, available_at: null }
  if (t.availableFrom && now < new Date(t.availableFrom)) return { can_start: false, reason: 'opens-later', message: `${t.name} opens at ${new Date(t.availableFrom).toISOString()}.`, available_at: new Date(t.availableFrom).toISOString() }
  if (t.availableUntil && now >= new Date(t.availableUntil)) return { can_start: false, reason: 'closed', message: `${t.name} closed at ${new Date(t.availableUntil).toISOString()}.`, available_at: null }
  if (t.attemptLimit && attemptsUsed >= t.attemptLimit) return { can_start: false, reason: 'no-attempts-left', message: `You have used all ${t.attemptLimit} attempt${t.attemptLimit === 1 ? '' : 's'} at ${t.name}.`, available_at: null }
  return { can_start: true, reason: null, message: null, available_at: null }
}
