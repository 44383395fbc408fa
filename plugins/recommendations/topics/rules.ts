import type { TopicOptions } from '../options'

/** What the rules know of one category for one learner (only categories with questions the learner may see). */
export type CategoryStats = {
  id: number
  slug: string
  name: string
  order: number
  answered: number
  correct: number
  /** Answers in the last `windowDays`, and in the `windowDays` before them. */
  recent: { answered: number; correct: number }
  before: { answered: number; correct: number }
  /** Mastery readiness, 0–100. */
  readiness: number
  /** Review-queue questions due now. */
  due: number
}

export const REASONS = {
  low_score: 'Low score',
  declining: 'Declining',
  due_for_review: 'Due for review',
  not_started: 'Not started',
  lowest_mastery: 'Lowest mastery',
} as const
export type ReasonCode = keyof typeof REASONS

export type TopicPick = { categoryId: number; reasonCode: ReasonCode; scorePercent: number | null; masteryPercent: number; dueCount: number }

const percent = (correct: number, answered: number) => (answered ? Math.round((correct * 1000) / answered) / 10 : null)

/**
 * Seed 000's rule, with mastery and the review queue: categories scoring below the threshold with
 * enough answers (lowest first), then declining ones (largest drop first), then ones with questions due
 * for review (most due first), then categories never tried (bank order) — at most `max`. Fewer than
 * `min` are topped up with the categories of lowest mastery. Dismissed categories are left out.
 */
export function pickTopics(stats: CategoryStats[], dismissed: ReadonlySet<number>, o: TopicOptions): TopicPick[] {
  const open = stats.filter((c) => !dismissed.has(c.id))
  const chosen = new Map<number, TopicPick>()
  const take = (c: CategoryStats, reasonCode: ReasonCode) => {
    if (chosen.size < o.max && !chosen.has(c.id)) chosen.set(c.id, { categoryId: c.id, reasonCode, scorePercent: percent(c.correct, c.answered), masteryPercent: c.readiness, dueCount: c.due })
  }
  const score = (c: CategoryStats) => c.correct / c.answered
  const drop = (c: CategoryStats) => percent(c.before.correct, c.before.answered)! - percent(c.recent.correct, c.recent.answered)!
  const byMastery = (a: CategoryStats, b: CategoryStats) => a.readiness - b.readiness || a.order - b.order || a.id - b.id

  open
    .filter((c) => c.answered >= o.minAttempts && score(c) * 100 < o.lowScorePercent)
    .sort((a, b) => score(a) - score(b) || byMastery(a, b))
    .forEach((c) => take(c, 'low_score'))
  open
    .filter((c) => c.recent.answered >= o.minWindowAttempts && c.before.answered >= o.minWindowAttempts && drop(c) >= o.declinePoints)
    .sort((a, b) => drop(b) - drop(a) || byMastery(a, b))
    .forEach((c) => take(c, 'declining'))
  open
    .filter((c) => c.due > 0)
    .sort((a, b) => b.due - a.due || byMastery(a, b))
    .forEach((c) => take(c, 'due_for_review'))
  open
    .filter((c) => c.answered === 0)
    .sort((a, b) => a.order - b.order || a.id - b.id)
    .forEach((c) => take(c, 'not_started'))
  if (chosen.size < o.min) [...open].sort(byMastery).forEach((c) => chosen.size < o.min && take(c, 'lowest_mastery'))
  return [...chosen.values()]
}
