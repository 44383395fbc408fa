/** Shapes of the analytics API the dashboard reads (plugins/analytics, README "Analytics and the dashboard"). */
export type DashboardData = {
  overall_progress: { completed: number; total: number; rule: { min_answered: number; min_score_percent: number } }
  performance: { avg_score_percent: number; correct: number; incorrect: number }
  study_time: { hours_this_week: number; delta_vs_last_week: number }
  recent_activity: {
    last_practice: { days_ago: number; score_percent: number | null; correct: number; incorrect: number; answered: number; categories: string[] } | null
    last_exam: { days_ago: number; exam: string; score_percent: number | null; time_spent_min: number; answered: number } | null
  }
  suggested_topics: SuggestedTopic[]
  featured_resources: ResourceCard[]
}
/** A resource as the dashboard and suggestions list it (GET /resources returns the full documents). */
export type ResourceCard = { id: number; kind: string; title: string; author: string | null; duration_sec: number | null; url: string; category: { slug: string; name: string } | null }
/** A suggested topic (plugins/recommendations adds its id, the request "Practice now" sends and resources). */
export type SuggestedTopic = {
  id?: number
  category: string
  slug: string
  score_percent: number | null
  reason: string
  due_count?: number
  practice?: { method: 'POST'; path: string; body: Record<string, unknown> }
  resources?: ResourceCard[]
}
export type StudyTime = { range: 'week' | 'month' | 'year'; unit: 'day' | 'month'; today: string; series: { start: string; answered: number; correct: number; time_spent_sec: number; hours: number }[]; total_hours: number }
export type Heatmap = { from: string; to: string; days: { date: string; answered: number; time_spent_sec: number }[] }
export type CategoryProgress = { slug: string; name: string; progress: { answered: number; correct: number; score_percent: number } }
export type Trends = { weeks: { week_start: string; answered: number; correct: number; score_percent: number | null }[] }
export type Comparison = { cohort_size: number; score_percent: number | null; percentile: number | null; hidden_reason?: string }
export type Peers = { min_cohort: number; institutions: { id: number; name: string; overall: Comparison | null; categories: (Comparison & { slug: string; name: string })[] }[] }

/** "today", "yesterday", "3 days ago". Pure. */
export const daysAgo = (n: number) => (n <= 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`)

/** A signed change, e.g. "+2.5 h" or "−1 h". Pure. */
export const signedHours = (h: number) => `${h > 0 ? '+' : h < 0 ? '−' : '±'}${Math.abs(h)} h`

/** Weeks (Monday first) × 7 days covering [from, to], for a year heatmap; days outside the range are null. Pure. */
export function heatmapGrid(from: string, to: string, days: Heatmap['days']): ({ date: string; answered: number; time_spent_sec: number } | null)[][] {
  const byDate = new Map(days.map((d) => [d.date, d]))
  const start = new Date(`${from}T00:00:00Z`)
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7))
  const end = new Date(`${to}T00:00:00Z`)
  const weeks: ({ date: string; answered: number; time_spent_sec: number } | null)[][] = []
  for (const d = new Date(start); d <= end; ) {
    const week = []
    for (let i = 0; i < 7; i++, d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10)
      week.push(iso < from || iso > to ? null : (byDate.get(iso) ?? { date: iso, answered: 0, time_spent_sec: 0 }))
    }
    weeks.push(week)
  }
  return weeks
}

/** Heat level 0–4 of a day by answers. Pure. */
export const heatLevel = (answered: number) => (answered === 0 ? 0 : answered < 5 ? 1 : answered < 15 ? 2 : answered < 40 ? 3 : 4)
