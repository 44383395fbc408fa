/** Calendar arithmetic on ISO dates (YYYY-MM-DD) for the analytics series. Pure: days are plain dates, already in the learner's time zone. */

export type Range = 'week' | 'month' | 'year'
export const RANGES: readonly Range[] = ['week', 'month', 'year']

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`)
const toIso = (d: Date) => d.toISOString().slice(0, 10)

export function addDays(iso: string, days: number): string {
  const d = toDate(iso)
  d.setUTCDate(d.getUTCDate() + days)
  return toIso(d)
}

/** The Monday of the ISO week that holds `iso`. */
export function weekStart(iso: string): string {
  const day = toDate(iso).getUTCDay() // 0 = Sunday
  return addDays(iso, -((day + 6) % 7))
}

export const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`

export function addMonths(iso: string, months: number): string {
  const d = toDate(monthStart(iso))
  d.setUTCMonth(d.getUTCMonth() + months)
  return toIso(d)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000)
}

/**
 * The buckets of a chart ending today: the 7 days of this week, the days of the last 30 (month), or
 * the 12 months ending with this one (year). Each bucket is [start, end).
 */
export function buckets(range: Range, today: string): { start: string; end: string }[] {
  if (range === 'week') return Array.from({ length: 7 }, (_, i) => addDays(weekStart(today), i)).map((d) => ({ start: d, end: addDays(d, 1) }))
  if (range === 'month') return Array.from({ length: 30 }, (_, i) => addDays(today, i - 29)).map((d) => ({ start: d, end: addDays(d, 1) }))
  return Array.from({ length: 12 }, (_, i) => addMonths(today, i - 11)).map((m) => ({ start: m, end: addMonths(m, 1) }))
}

/** Sums day rows into buckets; a bucket without activity is zero (charts need every point). */
export function fillSeries<T extends { day: string }, Z extends Record<string, number>>(rows: T[], bounds: { start: string; end: string }[], sum: (into: Z, row: T) => void, zero: () => Z): (Z & { start: string })[] {
  return bounds.map(({ start, end }) => {
    const totals = zero()
    for (const row of rows) if (row.day >= start && row.day < end) sum(totals, row)
    return { start, ...totals }
  })
}

/** Percentile rank of `value` among `values` (which include it): the share below plus half the ties, 0–100. */
export function percentileRank(value: number, values: number[]): number | null {
  if (!values.length) return null
  const below = values.filter((v) => v < value).length
  const equal = values.filter((v) => v === value).length
  return Math.round(((below + equal / 2) / values.length) * 1000) / 10
}
