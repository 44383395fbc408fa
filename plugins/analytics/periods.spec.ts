import { describe, expect, it } from 'vitest'

import { addDays, addMonths, buckets, fillSeries, percentileRank, weekStart } from './periods'

describe('analytics periods', () => {
  it('finds the Monday of a week, across month and year ends', () => {
    expect(weekStart('2026-11-22')).toBe('2026-11-16') // a Sunday
    expect(weekStart('2026-11-16')).toBe('2026-11-16')
    expect(weekStart('2027-01-01')).toBe('2026-12-28')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-01')
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-01')
  })

  it('makes 7 daily buckets for a week, 30 for a month and 12 monthly ones for a year, ending today', () => {
    expect(buckets('week', '2026-11-19').map((b) => b.start)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'])
    const month = buckets('month', '2026-11-22')
    expect(month).toHaveLength(30)
    expect(month.at(-1)).toEqual({ start: '2026-11-22', end: '2026-11-23' })
    const year = buckets('year', '2026-11-22')
    expect(year[0]).toEqual({ start: '2025-12-01', end: '2026-01-01' })
    expect(year.at(-1)).toEqual({ start: '2026-11-01', end: '2026-12-01' })
  })

  it('sums day rows into buckets with zeros where nothing happened', () => {
    const rows = [
      { day: '2026-11-02', n: 2 },
      { day: '2026-11-20', n: 3 },
      { day: '2026-11-21', n: 4 },
    ]
    const series = fillSeries(rows, buckets('year', '2026-11-22').slice(-2), (into: { n: number }, r) => void (into.n += r.n), () => ({ n: 0 }))
    expect(series).toEqual([
      { start: '2026-10-01', n: 0 },
      { start: '2026-11-01', n: 9 },
    ])
  })

  it('ranks a value among its cohort: the share below plus half the ties', () => {
    expect(percentileRank(0.5, [0, 0.25, 0.5, 0.75, 1])).toBe(50)
    expect(percentileRank(1, [0, 0.25, 0.5, 0.75, 1])).toBe(90)
    expect(percentileRank(0.5, [0.5, 0.5])).toBe(50)
    expect(percentileRank(0.5, [])).toBeNull()
  })
})
