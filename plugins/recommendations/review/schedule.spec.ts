import fc from 'fast-check'
import { Rating } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'

import { entersQueue, ratingFor, scheduler } from './schedule'

const schedule = scheduler({ requestRetention: 0.9, maximumIntervalDays: 365 })
const at = new Date('2026-11-22T10:00:00Z')
const DAY = 86_400_000

describe('review scheduling', () => {
  it('rates answers: wrong is Again; certainty low/medium/high is Hard/Good/Easy; none stated is Good', () => {
    expect(ratingFor(false, 'high')).toBe(Rating.Again)
    expect(ratingFor(true, 'low')).toBe(Rating.Hard)
    expect(ratingFor(true, 'medium')).toBe(Rating.Good)
    expect(ratingFor(true, 'high')).toBe(Rating.Easy)
    expect(ratingFor(true, null)).toBe(Rating.Good)
  })
  it('queues wrong answers and unsure right ones only', () => {
    expect(entersQueue(false, null)).toBe(true)
    expect(entersQueue(true, 'low')).toBe(true)
    expect(entersQueue(true, 'medium')).toBe(false)
    expect(entersQueue(true, null)).toBe(false)
  })
  it('brings a wrong answer back within minutes, and spaces out recalls', () => {
    const wrong = schedule(null, Rating.Again, at)
    expect(wrong.state).toBe('learning')
    expect(wrong.due.getTime() - at.getTime()).toBeLessThanOrEqual(10 * 60_000)
    let card = wrong
    let when = wrong.due
    for (let i = 0; i < 4; i++) {
      card = schedule(card, Rating.Good, when)
      when = card.due
    }
    expect(card.state).toBe('review')
    expect(card.due.getTime() - at.getTime()).toBeGreaterThan(7 * DAY)
  })
  it('a lapse after graduating counts and comes back sooner than a recall', () => {
    let card = schedule(null, Rating.Good, at)
    for (let i = 0; i < 3; i++) card = schedule(card, Rating.Good, card.due)
    const lapse = schedule(card, Rating.Again, card.due)
    const recall = schedule(card, Rating.Good, card.due)
    expect(lapse.lapses).toBe(card.lapses + 1)
    expect(lapse.due.getTime()).toBeLessThan(recall.due.getTime())
  })
  it('always schedules in the future, and easier ratings never sooner', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy), { minLength: 1, maxLength: 12 }), (ratings) => {
        let card = null as ReturnType<typeof schedule> | null
        let when = at
        for (const r of ratings) {
          const next = schedule(card, r, when)
          expect(next.due.getTime()).toBeGreaterThan(when.getTime())
          card = next
          when = next.due
        }
        const hard = schedule(card, Rating.Hard, when)
        const easy = schedule(card, Rating.Easy, when)
        expect(easy.due.getTime()).toBeGreaterThanOrEqual(hard.due.getTime())
      }),
    )
  })
})
