import { describe, expect, it } from 'vitest'

import type { ResponseGraded } from '@/events'
import { deltaOf, optionsOf } from './contributions'

const at = new Date('2026-11-22T10:00:00Z')
const earlier = new Date('2026-11-21T10:00:00Z')
const event = (over: Partial<ResponseGraded>): ResponseGraded => ({
  responseId: 1, sessionKind: 'practice', sessionId: 1, userId: 1, institutionId: null, questionId: 9, questionVersion: 1, categoryId: 2, subcategoryId: 3,
  answered: true, isCorrect: true, score: 1, maxScore: 1, timeSpentSec: 40, answeredAt: at, response: { selected_option_ids: ['a'] }, confidence: null, previous: null, ...over,
})

describe('aggregate contributions', () => {
  it('adds a first answer', () => {
    expect(deltaOf(event({}))).toEqual([{ sign: 1, at, correct: 1, score: 1, timeSpentSec: 40, options: ['a'] }])
  })
  it('moves a changed answer: the earlier one taken away on its own day, the new one added', () => {
    const delta = deltaOf(event({ previous: { answered: true, isCorrect: false, score: 0, timeSpentSec: 25, answeredAt: earlier, response: { selected_option_ids: ['b'] } } }))
    expect(delta).toEqual([
      { sign: -1, at: earlier, correct: 0, score: 0, timeSpentSec: 25, options: ['b'] },
      { sign: 1, at, correct: 1, score: 1, timeSpentSec: 40, options: ['a'] },
    ])
  })
  it('contributes nothing for a question only flagged', () => {
    expect(deltaOf(event({ answered: false, isCorrect: false, answeredAt: null, response: null }))).toEqual([])
  })
  it('reads chosen options only from choice answers', () => {
    expect(optionsOf({ selected_option_ids: ['x', 'y'] })).toEqual(['x', 'y'])
    expect(optionsOf({ answer: '42' })).toEqual([])
    expect(optionsOf(null)).toEqual([])
  })
})
