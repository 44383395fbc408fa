import { describe, expect, it } from 'vitest'

import { daysAgo, heatLevel, heatmapGrid, signedHours } from './progress'

describe('dashboard helpers', () => {
  it('says how long ago and signs changes', () => {
    expect([daysAgo(0), daysAgo(1), daysAgo(4)]).toEqual(['today', 'yesterday', '4 days ago'])
    expect([signedHours(2.5), signedHours(-1), signedHours(0)]).toEqual(['+2.5 h', '−1 h', '±0 h'])
  })

  it('lays a year out in Monday-first weeks, with the active days filled in', () => {
    const grid = heatmapGrid('2025-11-23', '2026-11-22', [{ date: '2026-11-20', answered: 7, time_spent_sec: 300 }])
    expect(grid.every((w) => w.length === 7)).toBe(true)
    expect(grid[0][0]).toBeNull() // 2025-11-17 (a Monday) is before the range
    expect(grid[0][6]).toEqual({ date: '2025-11-23', answered: 0, time_spent_sec: 0 })
    const last = grid.at(-1)!
    expect(last[4]).toEqual({ date: '2026-11-20', answered: 7, time_spent_sec: 300 })
    expect(last[6]).toEqual({ date: '2026-11-22', answered: 0, time_spent_sec: 0 })
    expect(grid.flat().filter(Boolean)).toHaveLength(365)
  })

  it('grades a day’s heat by answers', () => {
    expect([0, 1, 5, 15, 40].map(heatLevel)).toEqual([0, 1, 2, 3, 4])
  })
})
