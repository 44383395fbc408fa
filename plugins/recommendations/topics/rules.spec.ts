import { describe, expect, it } from 'vitest'

import { resolveOptions } from '../options'
import { type CategoryStats, pickTopics } from './rules'

const o = resolveOptions().topics
let nextId = 1
const cat = (over: Partial<CategoryStats>): CategoryStats => {
  const id = over.id ?? nextId++
  return { id, slug: `c${id}`, name: `C${id}`, order: id, answered: 0, correct: 0, recent: { answered: 0, correct: 0 }, before: { answered: 0, correct: 0 }, readiness: 20, due: 0, ...over }
}
const none = new Set<number>()

describe('suggested topics', () => {
  it('suggests low scores with enough answers, lowest first, with their score', () => {
    const picks = pickTopics([cat({ id: 1, answered: 20, correct: 11 }), cat({ id: 2, answered: 20, correct: 6 }), cat({ id: 3, answered: 4, correct: 0 }), cat({ id: 4, answered: 20, correct: 18 })], none, o)
    expect(picks.slice(0, 2)).toEqual([
      { categoryId: 2, reasonCode: 'low_score', scorePercent: 30, masteryPercent: 20, dueCount: 0 },
      { categoryId: 1, reasonCode: 'low_score', scorePercent: 55, masteryPercent: 20, dueCount: 0 },
    ])
    // Too few answers to judge (3) is not "low score"; with nothing else to say, it fills up as lowest mastery.
    expect(picks.find((p) => p.categoryId === 3)?.reasonCode).toBe('lowest_mastery')
  })
  it('spots a decline between the last two windows', () => {
    const picks = pickTopics([cat({ id: 1, answered: 30, correct: 24, before: { answered: 10, correct: 9 }, recent: { answered: 10, correct: 5 } })], none, o)
    expect(picks[0]).toMatchObject({ categoryId: 1, reasonCode: 'declining' })
  })
  it('puts due reviews before categories never tried, and fills up to the minimum only', () => {
    const stats = [cat({ id: 1, answered: 12, correct: 12, due: 2 }), cat({ id: 2 }), cat({ id: 3 }), cat({ id: 4 }), cat({ id: 5 }), cat({ id: 6 }), cat({ id: 7 })]
    const picks = pickTopics(stats, none, o)
    expect(picks.map((p) => [p.categoryId, p.reasonCode])).toEqual([
      [1, 'due_for_review'],
      [2, 'not_started'],
      [3, 'not_started'],
      [4, 'not_started'],
      [5, 'not_started'],
    ])
  })
  it('never suggests a dismissed category, and never more than the maximum', () => {
    const stats = Array.from({ length: 10 }, (_, i) => cat({ id: 100 + i, answered: 20, correct: i }))
    const picks = pickTopics(stats, new Set([100]), o)
    expect(picks).toHaveLength(o.max)
    expect(picks.map((p) => p.categoryId)).not.toContain(100)
  })
  it('tops a strong learner up to the minimum with their weakest categories by mastery', () => {
    const stats = [cat({ id: 1, answered: 40, correct: 38, readiness: 90 }), cat({ id: 2, answered: 40, correct: 36, readiness: 70 }), cat({ id: 3, answered: 40, correct: 39, readiness: 97 }), cat({ id: 4, answered: 40, correct: 40, readiness: 80 })]
    expect(pickTopics(stats, none, o).map((p) => [p.categoryId, p.reasonCode])).toEqual([
      [2, 'lowest_mastery'],
      [4, 'lowest_mastery'],
      [1, 'lowest_mastery'],
    ])
  })
})
