/** Display helpers: dates in the learner's locale, durations and percentages in words a reader scans. */

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** 3725 → "1 h 2 min", 95 → "1 min 35 s", 12 → "12 s". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return '—'
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  if (h) return `${h} h ${m} min`
  if (m) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`
  return `${s} s`
}

/** A countdown: 3725 → "1:02:05", 95 → "01:35". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds))
  const h = Math.floor(s / 3600)
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0')
  const ss = String(s % 60).padStart(2, '0')
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

export const formatPercent = (value: number | null | undefined): string => (value == null ? '—' : `${Math.round(value * 10) / 10}%`)

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
