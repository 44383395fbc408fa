import { describe, expect, it } from 'vitest'

import { type CohortLearner, cohortSummary } from './cohortSummary'

const today = '2026-11-22'
const learner = (id: number, answered: number, correct: number, last_active: string | null, completed = 0): CohortLearner => ({ id, name: `L${id}`, email: `l${id}@x.test`, answered, correct, completed, last_active, today })
const rules = { totalCategories: 4, atRiskScorePercent: 50, atRiskMinAnswered: 10, inactiveDays: 14, weakestMinAnswered: 20 }

describe('cohort summary', () => {
  const summary = cohortSummary(
    [learner(1, 20, 18, '2026-11-22', 2), learner(2, 20, 6, '2026-11-10', 1), learner(3, 5, 1, '2026-11-20'), learner(4, 0, 0, null)],
    [
      { slug: 'a', name: 'A', answered: 30, correct: 12, learners: 2 },
      { slug: 'b', name: 'B', answered: 15, correct: 1, learners: 1 },
      { slug: 'c', name: 'C', answered: 25, correct: 20, learners: 2 },
    ],
    rules,
  )

  it('counts learners and who was active in the last 7 and 30 days', () => {
    expect(summary).toMatchObject({ learners: 4, learners_with_answers: 3, active_learners: { last_7_days: 2, last_30_days: 3 } })
  })
  it('averages the learners’ scores and completion', () => {
    expect(summary.average_score_percent).toBe(Math.round(((90 + 30 + 20) / 3) * 100) / 100)
    expect(summary.completion_percent).toBe(18.75) // (50 + 25 + 0 + 0) / 4
  })
  it('puts each learner with answers in a tenth of the score range', () => {
    expect(summary.score_distribution.map((b) => b.learners)).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 1])
  })
  it('names the weakest categories with enough answers, weakest first', () => {
    expect(summary.weakest_categories.map((c) => c.slug)).toEqual(['a', 'c'])
  })
  it('flags low scores over enough answers and inactivity (never active included)', () => {
    expect(summary.at_risk.map((l) => [l.id, l.reasons])).toEqual([
      [2, ['low-score']],
      [4, ['inactive']],
    ])
  })
})
