import type { Payload } from 'payload'

import { prepared } from '@/db/prepared'
import { poolOf } from '@/db/sql'
import { percentOf } from '@/engine/policy'
import { dashboardExtras, type ExtrasRow } from '@/extensions/dashboard'
import type { ResolvedOptions } from '../options'

type Row = {
  completed: number
  total: number
  answered: number
  correct: number
  this_week_sec: number
  last_week_sec: number
  last_practice: { days_ago: number; score_percent: number | null; correct: number; answered: number; categories: string[] | null } | null
  last_exam: { days_ago: number; exam: string; score_percent: number | null; time_spent_sec: number; answered: number } | null
}

/**
 * The learner's figures, all from precomputed aggregates and primary-key lookups: its cost does not
 * grow with the learner's history. Weeks start on Monday in the learner's time zone. The sections
 * plugins provide (suggested topics, featured resources) join it as further columns, so the whole
 * dashboard is one statement.
 */
const AGGREGATES = `
with me as (select u.id, analytics_local_day(now(), u.timezone) as today, u.timezone from users u where u.id = $1),
week as (select date_trunc('week', today)::date as start from me),
l as (select * from analytics_learners where user_id = $1)
select
  (select count(*)::int from analytics_learner_categories a join categories c on c.id = a.category_id
     where a.user_id = $1 and c.parent_id is null and a.answered >= $2 and a.correct * 100.0 >= $3 * a.answered) as completed,
  (select count(*)::int from categories where parent_id is null) as total,
  coalesce((select answered from l), 0) as answered,
  coalesce((select correct from l), 0) as correct,
  (select coalesce(sum(d.time_spent_sec + d.heartbeat_sec), 0)::int from analytics_learner_days d, week w
     where d.user_id = $1 and d.day >= w.start and d.day < w.start + 7) as this_week_sec,
  (select coalesce(sum(d.time_spent_sec + d.heartbeat_sec), 0)::int from analytics_learner_days d, week w
     where d.user_id = $1 and d.day >= w.start - 7 and d.day < w.start) as last_week_sec,
  (select json_build_object('days_ago', me.today - analytics_local_day(p.completed_at, me.timezone), 'score_percent', p.score_percent::float8,
            'correct', p.correct::int, 'answered', p.answered::int,
            'categories', (select json_agg(c.name order by c.name) from categories c
                            where c.id in (select distinct r.category_id from responses r where r.practice_session_id = p.id and r.answered)))
     from l join practice_sessions p on p.id = l.last_practice_session_id, me) as last_practice,
  (select json_build_object('days_ago', me.today - analytics_local_day(e.submitted_at, me.timezone), 'exam', t.name, 'score_percent', e.score_percent::float8,
            'time_spent_sec', e.time_spent_sec::int, 'answered', e.answered::int)
     from l join exam_sessions e on e.id = l.last_exam_session_id join exam_templates t on t.id = e.template_id, me) as last_exam`

/** GET /dashboard: seed 000's single round trip for the dashboard UI (one statement, one round trip to the database). */
export async function dashboard(payload: Payload, userId: number, options: ResolvedOptions) {
  const extras = dashboardExtras(payload)
  const { rows } = await poolOf(payload).query<Row & ExtrasRow>(
    prepared(`${AGGREGATES},\n  ${extras.columns}`, [userId, options.completion.minAnswered, options.completion.minScorePercent]),
  )
  const r = rows[0]
  const hours = (sec: number) => Math.round((sec / 3600) * 10) / 10
  return {
    overall_progress: { completed: r.completed, total: r.total, rule: { min_answered: options.completion.minAnswered, min_score_percent: options.completion.minScorePercent } },
    performance: { avg_score_percent: percentOf(r.correct, r.answered), correct: r.correct, incorrect: r.answered - r.correct },
    study_time: { hours_this_week: hours(r.this_week_sec), delta_vs_last_week: Math.round((hours(r.this_week_sec) - hours(r.last_week_sec)) * 10) / 10 },
    recent_activity: {
      last_practice: r.last_practice ? { ...r.last_practice, incorrect: r.last_practice.answered - r.last_practice.correct, categories: r.last_practice.categories ?? [] } : null,
      last_exam: r.last_exam
        ? { days_ago: r.last_exam.days_ago, exam: r.last_exam.exam, score_percent: r.last_exam.score_percent, time_spent_min: Math.round(r.last_exam.time_spent_sec / 60), answered: r.last_exam.answered }
        : null,
    },
    ...(await extras.read(r, userId)),
  }
}
