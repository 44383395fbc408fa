import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { percentOf } from '@/engine/policy'
import { addDays, buckets, fillSeries, type Range, weekStart } from '../periods'

type DayRow = { day: string; answered: number; correct: number; time_spent_sec: number; heartbeat_sec: number }

/** The learner's today, in the learner's time zone. */
async function todayOf(payload: Payload, userId: number): Promise<string> {
  const { rows } = await poolOf(payload).query<{ today: string }>(`select analytics_local_day(now(), timezone)::text as today from users where id = $1`, [userId])
  return rows[0]?.today ?? new Date().toISOString().slice(0, 10)
}

async function days(payload: Payload, userId: number, from: string, to: string): Promise<DayRow[]> {
  const { rows } = await poolOf(payload).query<DayRow>(
    `select day::text as day, answered, correct, time_spent_sec::int as time_spent_sec, heartbeat_sec
       from analytics_learner_days where user_id = $1 and day >= $2::date and day < $3::date order by day`,
    [userId, from, to],
  )
  return rows
}

const zero = (): Totals => ({ answered: 0, correct: 0, time_spent_sec: 0 })
type Totals = { answered: number; correct: number; time_spent_sec: number }
const add = (into: Totals, r: DayRow) => {
  into.answered += r.answered
  into.correct += r.correct
  into.time_spent_sec += r.time_spent_sec + r.heartbeat_sec
}

/** GET /analytics/study-time?range=week|month|year: one point per day (week, month) or month (year), zeros included. */
export async function studyTime(payload: Payload, userId: number, range: Range) {
  const today = await todayOf(payload, userId)
  const bounds = buckets(range, today)
  const rows = await days(payload, userId, bounds[0].start, bounds.at(-1)!.end)
  const series = fillSeries(rows, bounds, add, zero).map((p) => ({ ...p, hours: Math.round((p.time_spent_sec / 3600) * 100) / 100 }))
  return { range, unit: range === 'year' ? 'month' : 'day', today, series, total_hours: Math.round((series.reduce((n, p) => n + p.time_spent_sec, 0) / 3600) * 100) / 100 }
}

/** GET /analytics/heatmap: answers and study time per active day over the last 365 days. */
export async function heatmap(payload: Payload, userId: number) {
  const today = await todayOf(payload, userId)
  const from = addDays(today, -364)
  const rows = await days(payload, userId, from, addDays(today, 1))
  return { from, to: today, days: rows.filter((r) => r.answered > 0 || r.time_spent_sec + r.heartbeat_sec > 0).map((r) => ({ date: r.day, answered: r.answered, time_spent_sec: r.time_spent_sec + r.heartbeat_sec })) }
}

/** GET /analytics/trends?weeks=: score per week (Monday to Sunday), oldest first, weeks without answers included as null scores. */
export async function trends(payload: Payload, userId: number, weeks: number) {
  const today = await todayOf(payload, userId)
  const first = addDays(weekStart(today), -7 * (weeks - 1))
  const bounds = Array.from({ length: weeks }, (_, i) => addDays(first, 7 * i)).map((start) => ({ start, end: addDays(start, 7) }))
  const rows = await days(payload, userId, first, addDays(weekStart(today), 7))
  return {
    weeks: fillSeries(rows, bounds, add, zero).map((w) => ({ week_start: w.start, answered: w.answered, correct: w.correct, score_percent: w.answered ? percentOf(w.correct, w.answered) : null })),
  }
}

type CategoryRow = { id: number; slug: string; name: string; parent_id: number | null; answered: number; correct: number; time_spent_sec: number; last_practiced_at: Date | null }

/** GET /analytics/categories: every category with the learner's progress (seed 000's GET /categories shape), subcategories nested. */
export async function categories(payload: Payload, userId: number) {
  const { rows } = await poolOf(payload).query<CategoryRow>(
    `select c.id, c.slug, c.name, c.parent_id, coalesce(a.answered, 0) as answered, coalesce(a.correct, 0) as correct,
            coalesce(a.time_spent_sec, 0)::int as time_spent_sec, a.last_practiced_at
       from categories c left join analytics_learner_categories a on a.category_id = c.id and a.user_id = $1
      order by c."order", c.name`,
    [userId],
  )
  const shape = (r: CategoryRow) => ({
    slug: r.slug,
    name: r.name,
    progress: { answered: r.answered, correct: r.correct, score_percent: percentOf(r.correct, r.answered) },
    time_spent_sec: r.time_spent_sec,
    last_practiced_at: r.last_practiced_at,
  })
  return rows.filter((r) => r.parent_id === null).map((r) => ({ ...shape(r), subcategories: rows.filter((s) => s.parent_id === r.id).map(shape) }))
}

/** GET /analytics/overview: the learner's totals. */
export async function overview(payload: Payload, userId: number) {
  const { rows } = await poolOf(payload).query<{ answered: number; correct: number; time_spent_sec: number; heartbeat_sec: number; active_days: number; practice_completed: number; exams_submitted: number; exam_avg: number | null; exam_best: number | null }>(
    `select coalesce(l.answered, 0) as answered, coalesce(l.correct, 0) as correct, coalesce(l.time_spent_sec, 0)::int as time_spent_sec,
            (select coalesce(sum(heartbeat_sec), 0)::int from analytics_learner_days where user_id = $1) as heartbeat_sec,
            (select count(*)::int from analytics_learner_days where user_id = $1 and answered > 0) as active_days,
            (select count(*)::int from practice_sessions where user_id = $1 and status = 'completed') as practice_completed,
            (select count(*)::int from exam_sessions where user_id = $1 and status = 'submitted') as exams_submitted,
            (select round(avg(score_percent), 2)::float8 from exam_sessions where user_id = $1 and status = 'submitted') as exam_avg,
            (select max(score_percent)::float8 from exam_sessions where user_id = $1 and status = 'submitted') as exam_best
       from (select 1) one left join analytics_learners l on l.user_id = $1`,
    [userId],
  )
  const r = rows[0]
  return {
    answered: r.answered,
    correct: r.correct,
    incorrect: r.answered - r.correct,
    avg_score_percent: percentOf(r.correct, r.answered),
    study_time_hours: Math.round(((r.time_spent_sec + r.heartbeat_sec) / 3600) * 100) / 100,
    active_days: r.active_days,
    practice_sessions_completed: r.practice_completed,
    exams_submitted: r.exams_submitted,
    exam_average_percent: r.exam_avg,
    exam_best_percent: r.exam_best,
  }
}
