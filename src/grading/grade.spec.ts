import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { gradeResponse, minScore } from './grade'
import { parseNumber } from './normalise'
import type { ChoiceKey, GradedResponse, QuestionKey, ScoringPolicy } from './types'

const AON: ScoringPolicy = { mode: 'all-or-nothing' }
const PARTIAL: ScoringPolicy = { mode: 'partial' }
const sba: ChoiceKey = { type: 'sba', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }, { id: 'c', correct: false }] }
const mr: ChoiceKey = { type: 'multiple-response', options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: false }, { id: 'd', correct: false }] }
const emq: QuestionKey = { type: 'emq', stems: [{ id: 's1', answerOptionId: 'a' }, { id: 's2', answerOptionId: 'c' }, { id: 's3', answerOptionId: 'a' }] }
const short: QuestionKey = { type: 'short-answer', caseSensitive: false, answers: [{ text: 'Axillary nerve', fraction: 1 }, { text: 'axillary', fraction: 0.5 }] }
const num: QuestionKey = { type: 'numerical', unit: 'mL', answers: [{ value: 4800, tolerance: 100, fraction: 1 }, { min: 4000, max: 6000, fraction: 0.5 }] }

describe('grading examples', () => {
  it('single best answer and true/false: the keyed option only', () => {
    expect(gradeResponse(sba, { selectedOptionIds: ['b'] }, AON)).toMatchObject({ score: 1, isCorrect: true })
    expect(gradeResponse(sba, { selectedOptionIds: ['a'] }, AON)).toMatchObject({ score: 0, isCorrect: false, answered: true })
    expect(gradeResponse(sba, { selectedOptionIds: ['a', 'b'] }, PARTIAL).score).toBe(0)
  })

  it('multiple response: set equality, or per-option fractions floored at 0', () => {
    expect(gradeResponse(mr, { selectedOptionIds: ['b', 'a'] }, AON).score).toBe(1)
    expect(gradeResponse(mr, { selectedOptionIds: ['a'] }, AON).score).toBe(0)
    expect(gradeResponse(mr, { selectedOptionIds: ['a'] }, PARTIAL).score).toBe(0.5)
    expect(gradeResponse(mr, { selectedOptionIds: ['a', 'c'] }, PARTIAL).score).toBe(0)
    expect(gradeResponse(mr, { selectedOptionIds: ['c', 'd'] }, PARTIAL).score).toBe(0)
    const weighted: ChoiceKey = { type: 'multiple-response', options: [{ id: 'x', correct: true, fraction: 0.7 }, { id: 'y', correct: true, fraction: 0.3 }, { id: 'z', correct: false, fraction: -0.5 }] }
    expect(gradeResponse(weighted, { selectedOptionIds: ['x', 'z'] }, PARTIAL).score).toBeCloseTo(0.2)
  })

  it('negative marking takes the penalty only for answered, wrong responses', () => {
    const policy = { mode: 'all-or-nothing' as const, negativeMarking: 0.25 }
    expect(gradeResponse(sba, { selectedOptionIds: ['c'] }, policy).score).toBe(-0.25)
    expect(gradeResponse(sba, { selectedOptionIds: [] }, policy)).toMatchObject({ score: 0, answered: false })
    expect(gradeResponse(sba, { selectedOptionIds: ['b'] }, policy).score).toBe(1)
  })

  it('extended matching: one mark per stem', () => {
    const result = gradeResponse(emq, { matches: { s1: 'a', s2: 'b', s3: 'a' } }, AON)
    expect(result).toMatchObject({ score: 2, maxScore: 3, isCorrect: false })
  })

  it('short answer ignores case and spacing, takes the best accepted answer', () => {
    expect(gradeResponse(short, { answer: '  AXILLARY   Nerve ' }, AON).score).toBe(1)
    expect(gradeResponse(short, { answer: 'Axillary' }, AON).score).toBe(0.5)
    expect(gradeResponse(short, { answer: 'radial' }, AON).score).toBe(0)
    const strict: QuestionKey = { type: 'short-answer', caseSensitive: true, answers: [{ text: 'pH', fraction: 1 }] }
    expect(gradeResponse(strict, { answer: 'PH' }, AON).score).toBe(0)
  })

  it('numerical: tolerance, ranges, units and number formats', () => {
    expect(gradeResponse(num, { answer: '4,850 mL' }, AON).score).toBe(1)
    expect(gradeResponse(num, { answer: '4900' }, AON).score).toBe(1)
    expect(gradeResponse(num, { answer: '5500' }, AON).score).toBe(0.5)
    expect(gradeResponse(num, { answer: 'about five litres' }, AON).score).toBe(0)
    expect([parseNumber('2,5'), parseNumber('1.5e3'), parseNumber('-0.5'), parseNumber('1,2,3')]).toEqual([2.5, 1500, -0.5, null])
  })

  it("certainty-based marking uses Moodle's scores", () => {
    const cbm = { mode: 'all-or-nothing' as const, certaintyBased: true }
    const right = (confidence: GradedResponse['confidence']) => gradeResponse(sba, { selectedOptionIds: ['b'], confidence }, cbm).score
    const wrong = (confidence: GradedResponse['confidence']) => gradeResponse(sba, { selectedOptionIds: ['a'], confidence }, cbm).score
    expect([right('low'), right('medium'), right('high')]).toEqual([1, 2, 3])
    expect([wrong('low'), wrong('medium'), wrong('high')]).toEqual([0, -2, -6])
  })
})

// Properties over generated choice keys, responses and policies.
const choiceKey = fc
  .record({ type: fc.constantFrom('sba', 'multiple-response', 'true-false'), n: fc.integer({ min: 2, max: 6 }), flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }) })
  .map(({ type, n, flags }) => {
    const correct = type === 'multiple-response' ? flags.slice(0, n) : flags.slice(0, n).map((_, i) => i === flags.indexOf(true) % n || (flags.indexOf(true) < 0 && i === 0))
    if (!correct.some(Boolean)) correct[0] = true
    return { type, options: correct.map((c, i) => ({ id: `o${i}`, correct: c })) } as ChoiceKey
  })
const policy = fc.record({ mode: fc.constantFrom('all-or-nothing', 'partial'), negativeMarking: fc.constantFrom(0, 0.25, 1), certaintyBased: fc.boolean() }) as fc.Arbitrary<ScoringPolicy>
const confidence = fc.constantFrom('low', 'medium', 'high') as fc.Arbitrary<'low' | 'medium' | 'high'>

describe('grading properties', () => {
  it('the score stays within [minScore, maxScore]', () => {
    fc.assert(
      fc.property(choiceKey, policy, confidence, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (key, p, c, picks) => {
        const selected = key.options.filter((_, i) => picks[i]).map((o) => o.id)
        const r = gradeResponse(key, { selectedOptionIds: selected, confidence: c }, p)
        return r.score <= r.maxScore + 1e-9 && r.score >= minScore(key, p) - 1e-9
      }),
    )
  })

  it('the order of selected ids never changes the score', () => {
    fc.assert(
      fc.property(choiceKey, policy, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.infiniteStream(fc.double({ noNaN: true })), (key, p, picks, noise) => {
        const selected = key.options.filter((_, i) => picks[i]).map((o) => o.id)
        const shuffled = selected.map((id) => ({ id, k: noise.next().value })).sort((a, b) => a.k - b.k).map((x) => x.id)
        return gradeResponse(key, { selectedOptionIds: selected }, p).score === gradeResponse(key, { selectedOptionIds: shuffled }, p).score
      }),
    )
  })

  it('the key always scores full marks', () => {
    fc.assert(
      fc.property(choiceKey, policy, (key, p) => {
        const r = gradeResponse(key, { selectedOptionIds: key.options.filter((o) => o.correct).map((o) => o.id), confidence: 'high' }, p)
        return r.isCorrect && Math.abs(r.score - r.maxScore) < 1e-9
      }),
    )
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 5 }), (answers) => {
        const key: QuestionKey = { type: 'emq', stems: answers.map((a, i) => ({ id: `s${i}`, answerOptionId: a })) }
        const r = gradeResponse(key, { matches: Object.fromEntries(answers.map((a, i) => [`s${i}`, a])) }, { mode: 'partial' })
        return r.score === r.maxScore
      }),
    )
  })
})
