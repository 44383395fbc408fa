import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { bktFold, bktUpdate, readiness } from './bkt'

const params = { learn: 0.15, guess: 0.2, slip: 0.1 }

describe('Bayesian knowledge tracing', () => {
  it('computes the textbook update for a right and a wrong answer', () => {
    // P(L|right) = 0.2·0.9 / (0.2·0.9 + 0.8·0.2) = 0.5294; then learning: + 0.4706·0.15 = 0.6
    expect(bktUpdate(0.2, true, params)).toBeCloseTo(0.6, 4)
    // P(L|wrong) = 0.2·0.1 / (0.2·0.1 + 0.8·0.8) = 0.0303; + 0.9697·0.15 = 0.1758
    expect(bktUpdate(0.2, false, params)).toBeCloseTo(0.17576, 4)
  })
  it('moves towards mastery with a run of right answers', () => {
    const after = bktFold(0.2, [true, true, true, true, true], params)
    expect(after).toBeGreaterThan(0.95)
  })
  it('stays a probability, and a right answer never lowers it below a wrong one', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.array(fc.boolean(), { maxLength: 50 }), (p0, answers) => {
        const p = bktFold(p0, answers, params)
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThanOrEqual(1)
        expect(bktUpdate(p, true, params)).toBeGreaterThanOrEqual(bktUpdate(p, false, params))
      }),
    )
  })
  it('counts unobserved topics at the prior when rating a category', () => {
    expect(readiness([0.9, null, 0.5], 0.2)).toBe(53)
    expect(readiness([], 0.2)).toBe(20)
  })
})
