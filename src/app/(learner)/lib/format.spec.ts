import { describe, expect, it } from 'vitest'

import { formatClock, formatDuration, formatPercent, plural } from './format'

describe('learner display helpers', () => {
  it('formats durations for scanning', () => {
    expect(formatDuration(12)).toBe('12 s')
    expect(formatDuration(95)).toBe('1 min 35 s')
    expect(formatDuration(120)).toBe('2 min')
    expect(formatDuration(3725)).toBe('1 h 2 min')
    expect(formatDuration(null)).toBe('—')
  })

  it('counts down in clock form, rounding up so zero means time is up', () => {
    expect(formatClock(95)).toBe('01:35')
    expect(formatClock(3725)).toBe('1:02:05')
    expect(formatClock(0.2)).toBe('00:01')
    expect(formatClock(-3)).toBe('00:00')
  })

  it('formats percentages and plurals', () => {
    expect(formatPercent(33.333)).toBe('33.3%')
    expect(formatPercent(null)).toBe('—')
    expect(plural(1, 'question')).toBe('1 question')
    expect(plural(6, 'question')).toBe('6 questions')
  })
})
