import { percentOf } from '@/engine/policy'

/** One learner of a cohort, from the aggregates. */
export type CohortLearner = { id: number; name: string | null; email: string; answered: number; correct: number; completed: number; last_active: string | null; today: string }
export type CohortCategory = { slug: string; name: string; answered: number; correct: number; learners: number }
export type CohortRules = { totalCategories: number; atRiskScorePercent: number; atRiskMinAnswered: number; inactiveDays: number; weakestMinAnswered: number }

const daysSince = (from: string, to: string) => Math.round((new Date(`${to}T00:00:00Z`).getTime() - new Date(`${from}T00:00:00Z`).getTime()) / 86_400_000)
const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null)

/**
 * The cohort view for instructors and institution admins. Pure: active learners (last 7 and 30 days),
 * average score (mean of the learners' scores), completion (mean share of categories completed),
 * score distribution in tenths, weakest categories (pooled score, enough answers), and learners at
 * risk — a low score over enough answers, or no activity for `inactiveDays` (never active counts).
 */
export function cohortSummary(learners: CohortLearner[], categories: CohortCategory[], rules: CohortRules) {
  const withAnswers = learners.filter((l) => l.answered > 0)
  const scores = withAnswers.map((l) => percentOf(l.correct, l.answered))
  const activeWithin = (days: number) => learners.filter((l) => l.last_active !== null && daysSince(l.last_active, l.today) < days).length
  const distribution = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, learners: 0 }))
  for (const s of scores) distribution[Math.min(9, Math.floor(s / 10))].learners++
  const atRisk = learners
    .map((l) => {
      const score = l.answered ? percentOf(l.correct, l.answered) : null
      const inactive = l.last_active === null ? null : daysSince(l.last_active, l.today)
      const reasons = [
        ...(score !== null && l.answered >= rules.atRiskMinAnswered && score < rules.atRiskScorePercent ? ['low-score'] : []),
        ...(inactive === null || inactive >= rules.inactiveDays ? ['inactive'] : []),
      ]
      return { id: l.id, name: l.name, email: l.email, answered: l.answered, score_percent: score, last_active: l.last_active, days_inactive: inactive, reasons }
    })
    .filter((l) => l.reasons.length > 0)
    // Low scores first (lowest first), then the longest inactive (never active first).
    .sort((a, b) => Number(!a.reasons.includes('low-score')) - Number(!b.reasons.includes('low-score')) || (a.score_percent ?? 0) - (b.score_percent ?? 0) || (b.days_inactive ?? Infinity) - (a.days_inactive ?? Infinity))
  return {
    learners: learners.length,
    learners_with_answers: withAnswers.length,
    active_learners: { last_7_days: activeWithin(7), last_30_days: activeWithin(30) },
    average_score_percent: mean(scores),
    completion_percent: rules.totalCategories ? mean(learners.map((l) => (l.completed / rules.totalCategories) * 100)) : null,
    score_distribution: distribution,
    categories: categories.map((c) => ({ ...c, score_percent: percentOf(c.correct, c.answered) })).sort((a, b) => a.name.localeCompare(b.name)),
    weakest_categories: categories
      .filter((c) => c.answered >= rules.weakestMinAnswered)
      .map((c) => ({ ...c, score_percent: percentOf(c.correct, c.answered) }))
      .sort((a, b) => a.score_percent - b.score_percent)
      .slice(0, 5),
    at_risk: atRisk,
  }
}
