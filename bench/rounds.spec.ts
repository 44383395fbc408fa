import { describe, expect, it } from 'vitest'

import { percentile, roundOrder } from './rounds'

describe('bench rounds', () => {
  it('takes nearest-rank percentiles', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(hundred, 50)).toBe(50)
    expect(percentile(hundred, 99)).toBe(99)
    expect(percentile(hundred, 100)).toBe(100)
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([], 99)).toBe(0)
    // 1,000 requests: the 10 slowest are above p99
    const thousand = Array.from({ length: 1000 }, (_, i) => (i < 990 ? 40 : 500))
    expect(percentile(thousand, 99)).toBe(40)
    expect(percentile([...thousand, 500], 99)).toBe(500)
  })

  it('runs every scenario once a round, forward then backward, so every scenario is centred on the same moment', () => {
    const items = ['floor', 'create', 'list', 'practice', 'bare', 'save', 'read', 'small', 'large']
    const orders = [0, 1, 2, 3].map((r) => roundOrder(items, r))
    for (const order of orders) expect([...order].sort()).toEqual([...items].sort())
    expect(orders[1]).toEqual([...items].reverse())
    expect(items).toEqual(['floor', 'create', 'list', 'practice', 'bare', 'save', 'read', 'small', 'large'])
    // the mean slot (over all rounds) of every scenario is the same: linear drift cancels
    const slots = items.map((item) => orders.reduce((sum, o, r) => sum + r * items.length + o.indexOf(item), 0) / orders.length)
    for (const slot of slots) expect(slot).toBeCloseTo(slots[0])
    const firstOfPair = orders.map((o) => (o.indexOf('practice') < o.indexOf('bare') ? 'practice' : 'bare'))
    expect(firstOfPair).toEqual(['practice', 'bare', 'practice', 'bare'])
    for (const o of orders) expect(Math.abs(o.indexOf('practice') - o.indexOf('bare'))).toBe(1)
  })

  it('handles a single scenario', () => {
    expect(roundOrder(['only'], 3)).toEqual(['only'])
  })
})
