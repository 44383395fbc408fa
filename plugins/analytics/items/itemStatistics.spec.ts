import { describe, expect, it } from 'vitest'

import { analyseSittings, analyseTest, itemFlags, itemStatistics } from './itemStatistics'

describe('item statistics', () => {
  it('works a small example by hand: a discriminating item and a reversed one', () => {
    // Three sittings, two items: item 1 right for the two strongest, item 2 right only for the weakest.
    const { items, test } = analyseTest([[1, 0], [1, 1], [0, 1]], [1, 1])
    expect(items[0].facility).toBeCloseTo(2 / 3)
    expect(items[0].markvariance).toBeCloseTo(1 / 3)
    expect(items[0].discriminationindex).toBeCloseTo(-50) // rest of test = item 2, which runs the other way
    expect(test).toMatchObject({ attempts: 3, mean: 4 / 3, median: 1 })
  })

  it('gives nulls, never NaN, for degenerate items', () => {
    expect(itemStatistics([1], [3], 1)).toMatchObject({ s: 1, facility: 1, discriminationindex: null, sd: null })
    expect(itemStatistics([1, 1, 1], [0, 1, 2], 1)).toMatchObject({ facility: 1, markvariance: 0, discriminationindex: null, discriminativeefficiency: null })
    expect(itemStatistics([0, 0], [1, 2], 0)).toMatchObject({ facility: null })
  })

  it('flags weak, negative, too easy and too hard items', () => {
    expect(itemFlags({ s: 20, facility: 0.5, discriminationindex: -5 })).toEqual(['negative-discrimination'])
    expect(itemFlags({ s: 20, facility: 0.5, discriminationindex: 12 })).toEqual(['weak-discrimination'])
    expect(itemFlags({ s: 20, facility: 0.98, discriminationindex: null })).toEqual(['too-easy'])
    expect(itemFlags({ s: 20, facility: 0.02, discriminationindex: 45 })).toEqual(['too-hard'])
    expect(itemFlags({ s: 20, facility: 0.6, discriminationindex: 45 })).toEqual([])
  })

  it('analyses sittings drawn from a blueprint per question, without the fixed-test figures', () => {
    const sitting = (entries: [number, number][]) => new Map(entries.map(([q, mark]) => [q, { mark, max: 1 }]))
    const { items, test } = analyseSittings([sitting([[1, 1], [2, 0]]), sitting([[1, 0], [3, 1]]), sitting([[2, 1], [3, 1]]), sitting([[1, 1], [3, 0]])])
    expect(items.map((i) => [i.question, i.s])).toEqual([[1, 3], [2, 2], [3, 3]])
    expect(items.every((i) => i.effectiveweight === null)).toBe(true)
    expect(test).toMatchObject({ attempts: 4, cic: null, errorratio: null })
  })

  it('matches the fixed-test analysis when every sitting had the same questions', () => {
    const marks = [[1, 0, 1], [0, 0, 1], [1, 1, 1], [0, 1, 0]]
    const fixed = analyseTest(marks, [1, 1, 1])
    const sittings = analyseSittings(marks.map((row) => new Map(row.map((mark, q) => [q + 1, { mark, max: 1 }]))))
    expect(sittings.test.cic).toBeCloseTo(fixed.test.cic!)
    sittings.items.forEach((item, k) => expect(item.discriminationindex).toBeCloseTo(fixed.items[k].discriminationindex!))
  })
})
