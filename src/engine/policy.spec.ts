import { describe, expect, it } from 'vitest'

import { percentOf, reviewState } from './policy'

describe('exam policies', () => {
  const now = new Date('2026-11-22T12:00:00Z')
  it('opens the review by policy', () => {
    expect(reviewState({ reviewPolicy: 'immediate', availableUntil: null }, false, now)).toMatchObject({ open: false })
    expect(reviewState({ reviewPolicy: 'immediate', availableUntil: null }, true, now)).toEqual({ open: true })
    expect(reviewState({ reviewPolicy: 'never', availableUntil: null }, true, now)).toMatchObject({ open: false, reason: expect.stringMatching(/does not release/) })
    expect(reviewState({ reviewPolicy: 'after-window', availableUntil: '2026-11-22T13:00:00Z' }, true, now)).toMatchObject({ open: false })
    expect(reviewState({ reviewPolicy: 'after-window', availableUntil: '2026-11-22T11:00:00Z' }, true, now)).toEqual({ open: true })
    expect(reviewState({ reviewPolicy: 'after-window', availableUntil: null }, true, now)).toEqual({ open: true })
  })

  it('gives percentages floored at zero, to two decimals', () => {
    expect(percentOf(2, 6)).toBe(33.33)
    expect(percentOf(-3, 6)).toBe(0)
    expect(percentOf(1, 0)).toBe(0)
  })
})
