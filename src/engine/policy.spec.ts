import { describe, expect, it } from 'vitest'

import { availability, percentOf, reviewState } from './policy'

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

describe('paper availability', () => {
  const now = new Date('2026-11-22T12:00:00Z')
  const paper = { name: 'Paper 1', attemptLimit: 2, availableFrom: '2026-11-01T00:00:00Z', availableUntil: '2026-12-01T00:00:00Z' }
  it('opens within the window while attempts are left', () => {
    expect(availability(paper, 1, null, now)).toEqual({ can_start: true, reason: null, message: null, available_at: null })
  })
  it('says why not and from when', () => {
    expect(availability({ ...paper, availableFrom: '2026-11-23T09:00:00Z' }, 0, null, now)).toMatchObject({ can_start: false, reason: 'opens-later', available_at: '2026-11-23T09:00:00.000Z' })
    expect(availability({ ...paper, availableUntil: '2026-11-22T12:00:00Z' }, 0, null, now)).toMatchObject({ can_start: false, reason: 'closed' })
    expect(availability(paper, 2, null, now)).toMatchObject({ can_start: false, reason: 'no-attempts-left', message: 'You have used all 2 attempts at Paper 1.' })
  })
  it('always lets the learner resume an open sitting', () => {
    expect(availability(paper, 2, 41, now).can_start).toBe(true)
  })
})
