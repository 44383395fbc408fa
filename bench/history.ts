import type { Payload } from 'payload'

import { checkAggregates } from '../plugins/analytics/aggregates/consistency'
import { poolOf } from '../src/db/sql'

/**
 * A long learning history for the dashboard benchmark: `answers` responses in completed practice
 * sessions of 50 questions, spread over the last year and over the bank's categories, written with
 * set-based SQL (making 100,000 answers through the API would take longer than the whole benchmark),
 * then the analytics aggregates rebuilt from them — the same rebuild `npm run analytics:check -- --fix` does.
 */
export async function createHistory(payload: Payload, userId: number, answers: number): Promise<void> {
  const pool = poolOf(payload)
  const sessions = Math.ceil(answers / 50)
  await pool.query(
    `with q as (select id, category_id, subcategory_id, row_number() over (order by id) - 1 as n, count(*) over () as total
                  from questions where _status = 'published' and category_id is not null),
          s as (insert into practice_sessions (user_id, status, seed, question_ids, question_versions, question_count, answered, correct, score_percent, score, max_score,
                                               time_spent_sec, started_at, completed_at, config)
                select $1, 'completed', 'bench-history-' || g, '[]', '[]', 50, 50, 35, 70, 35, 50, 2000,
                       now() - make_interval(days => ($2 - g) * 365 / $2) - interval '1 hour', now() - make_interval(days => ($2 - g) * 365 / $2), '{}'
                  from generate_series(1, $2) g
                returning id, completed_at),
          numbered as (select id, completed_at, row_number() over (order by id) - 1 as k from s)
     insert into responses (slot, kind, practice_session_id, user_id, question_id, question_version, category_id, subcategory_id, response,
                            answered, is_correct, score, max_score, time_spent_sec, answered_at)
     select 'bench-history:' || s.id || ':' || i, 'practice', s.id, $1, q.id, 1, q.category_id, q.subcategory_id, '{"selected_option_ids": []}',
            true, (i % 10) < 7, case when (i % 10) < 7 then 1 else 0 end, 1, 40, s.completed_at - make_interval(secs => (50 - i) * 40)
       from numbered s cross join generate_series(0, 49) i join q on q.n = (s.k * 50 + i) % q.total
      where s.k * 50 + i < $3`,
    [userId, sessions, answers],
  )
  await checkAggregates(payload, { fix: true })
}
