import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { drawQuestions, seededShuffle } from './selection'

describe('seeded draws', () => {
  it('the same seed over the same candidates gives the same draw, whatever order they arrive in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 200 }), fc.string({ minLength: 1 }), fc.nat(250), (ids, seed, count) => {
        const once = drawQuestions(ids, count, seed)
        expect(drawQuestions([...ids].reverse(), count, seed)).toEqual(once)
        expect(once).toHaveLength(Math.min(count, ids.length))
        expect(new Set(once).size).toBe(once.length)
        expect(once.every((id) => ids.includes(id))).toBe(true)
      }),
    )
  })

  it('is a permutation, and different seeds give different orders', () => {
    const ids = Array.from({ length: 50 }, (_, i) => i + 1)
    const a = seededShuffle(ids, 'a')
    expect([...a].sort((x, y) => x - y)).toEqual(ids)
    expect(seededShuffle(ids, 'b')).not.toEqual(a)
  })

  it('puts unseen questions first, and a question becoming seen does not reshuffle the rest', () => {
    const ids = Array.from({ length: 30 }, (_, i) => i + 1)
    const seen = new Set([3, 7, 11])
    const draw = drawQuestions(ids, 30, 's', seen)
    expect(draw.slice(-3).sort((x, y) => x - y)).toEqual([3, 7, 11])
    const more = drawQuestions(ids, 30, 's', new Set([...seen, draw[0]]))
    expect(more.slice(0, 26)).toEqual(draw.slice(1, 27))
  })
})

describe('shuffle fairness', () => {
  it('puts each item first about equally often over many seeds', () => {
    const counts = new Map<number, number>()
    for (let s = 0; s < 5000; s++) {
      const first = seededShuffle([1, 2, 3, 4, 5], `seed-${s}`)[0]
      counts.set(first, (counts.get(first) ?? 0) + 1)
    }
    for (const n of counts.values()) expect(n).toBeGreaterThan(800)
  })
})
