import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { optionLabel, validateQuestionKey } from './validate'

const opts = (...correct: boolean[]) => correct.map((isCorrect, i) => ({ label: optionLabel(i), text: `Option ${i}`, isCorrect }))
const messages = (q: Parameters<typeof validateQuestionKey>[0]) => validateQuestionKey(q).map((p) => `${p.path}: ${p.message}`)

describe('question key validation', () => {
  it('single best answer: exactly one correct option', () => {
    expect(messages({ type: 'sba', options: opts(false, true, false) })).toEqual([])
    expect(messages({ type: 'sba', options: opts(true, true, false) })).toEqual(['options: A single best answer question has exactly one correct option (this one has 2).'])
    expect(messages({ type: 'sba', options: opts(false, false) })[0]).toMatch(/exactly one correct option \(this one has 0\)/)
  })

  it('multiple response: at least one correct', () => {
    expect(messages({ type: 'multiple-response', options: opts(true, true, false) })).toEqual([])
    expect(messages({ type: 'multiple-response', options: opts(false, false) })).toEqual(['options: A multiple response question needs at least one correct option.'])
  })

  it('true/false: two options, one correct', () => {
    expect(messages({ type: 'true-false', options: opts(true, false) })).toEqual([])
    expect(messages({ type: 'true-false', options: opts(true, false, false) })[0]).toMatch(/exactly two options/)
  })

  it('extended matching: every stem keyed to an existing option', () => {
    const base = { type: 'emq' as const, options: opts(false, false, false) }
    expect(messages({ ...base, emqStems: [{ prompt: 'a', answer: 'B' }, { prompt: 'b', answer: 'c' }] })).toEqual([])
    expect(messages({ ...base, emqStems: [{ prompt: 'a', answer: 'F' }] })).toEqual(['emqStems.0.answer: Stem 1 must be keyed to an existing option letter (A, B, C).'])
    expect(messages({ ...base, emqStems: [] })).toEqual(['emqStems: An extended matching question needs at least one stem.'])
  })

  it('short answer and numerical', () => {
    expect(messages({ type: 'short-answer', acceptedAnswers: [{ text: 'Femoral nerve', fraction: 1 }] })).toEqual([])
    expect(messages({ type: 'short-answer', acceptedAnswers: [{ text: ' ', fraction: 1 }] })).toHaveLength(1)
    expect(messages({ type: 'numerical', numericalAnswers: [{ value: 9, tolerance: 0.5 }] })).toEqual([])
    expect(messages({ type: 'numerical', numericalAnswers: [{ min: 4, max: 6 }] })).toEqual([])
    expect(messages({ type: 'numerical', numericalAnswers: [{ value: 9, tolerance: -1 }] })).toEqual(['numericalAnswers.0.tolerance: Tolerance must be zero or more.'])
    expect(messages({ type: 'numerical', numericalAnswers: [{ min: 6, max: 4 }] })[0]).toMatch(/minimum no greater than its maximum/)
  })

  it('difficulty and fractions stay in range', () => {
    expect(messages({ type: 'sba', options: opts(true, false), difficulty: 6 })).toEqual(['difficulty: Difficulty is a whole number from 1 to 5.'])
    expect(messages({ type: 'multiple-response', options: [{ label: 'A', text: 'x', isCorrect: true, fraction: 1.5 }, { label: 'B', text: 'y' }] })[0]).toMatch(/between -1 and 1/)
  })

  it('labels options A…Z, AA… without gaps or repeats (property)', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(optionLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
    fc.assert(fc.property(fc.integer({ min: 0, max: 5000 }), (n) => optionLabel(n) !== optionLabel(n + 1)))
  })
})
