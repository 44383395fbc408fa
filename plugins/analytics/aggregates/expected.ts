/**
 * Every aggregate as it follows from the raw records (responses, completed sessions, submitted exams).
 * Each query yields the table's key columns and value columns, in the table's own names, so the
 * consistency check can compare them and a rebuild can insert them.
 */
export type AggregateTable = { table: string; keys: string[]; values: string[]; expected: string; preserve?: string[] }

export const AGGREGATE_TABLES: AggregateTable[] = [
  {
    table: 'analytics_learner_days',
    keys: ['user_id', 'day'],
    values: ['answered', 'correct', 'time_spent_sec'],
    preserve: ['heartbeat_sec'],
    expected: `select r.user_id, analytics_local_day(r.answered_at, u.timezone) as day, count(*)::int as answered,
                 count(*) filter (where r.is_correct)::int as correct, sum(r.time_spent_sec)::bigint as time_spent_sec
                 from responses r join users u on u.id = r.user_id where r.answered group by 1, 2`,
  },
  {
    table: 'analytics_learner_categories',
    keys: ['user_id', 'category_id'],
    values: ['answered', 'correct', 'time_spent_sec', 'last_practiced_at'],
    expected: `select r.user_id, k.id as category_id, count(*)::int as answered, count(*) filter (where r.is_correct)::int as correct,
                 sum(r.time_spent_sec)::bigint as time_spent_sec, max(r.answered_at) as last_practiced_at
                 from responses r cross join lateral (values (r.category_id), (r.subcategory_id)) k(id)
                 where r.answered and k.id is not null group by 1, 2`,
  },
  {
    table: 'analytics_learners',
    keys: ['user_id'],
    values: ['answered', 'correct', 'time_spent_sec', 'last_practice_session_id', 'last_practice_at', 'last_exam_session_id', 'last_exam_at'],
    preserve: ['heartbeat_at'],
    expected: `select coalesce(t.user_id, p.user_id, e.user_id) as user_id, coalesce(t.answered, 0) as answered, coalesce(t.correct, 0) as correct,
                 coalesce(t.time_spent_sec, 0) as time_spent_sec, p.id as last_practice_session_id, p.completed_at as last_practice_at,
                 e.id as last_exam_session_id, e.submitted_at as last_exam_at
               from (select user_id, count(*)::int as answered, count(*) filter (where is_correct)::int as correct, sum(time_spent_sec)::bigint as time_spent_sec
                       from responses where answered group by 1) t
               full join (select distinct on (user_id) user_id, id, completed_at from practice_sessions where status = 'completed'
                            order by user_id, completed_at desc, id desc) p on p.user_id = t.user_id
               full join (select distinct on (user_id) user_id, id, submitted_at from exam_sessions where status = 'submitted'
                            order by user_id, submitted_at desc, id desc) e on e.user_id = coalesce(t.user_id, p.user_id)`,
  },
  {
    table: 'analytics_questions',
    keys: ['question_id'],
    values: ['answered', 'correct', 'score_sum', 'time_spent_sec'],
    expected: `select question_id, count(*)::int as answered, count(*) filter (where is_correct)::int as correct, sum(score)::float8 as score_sum,
                 sum(time_spent_sec)::bigint as time_spent_sec from responses where answered and question_id is not null group by 1`,
  },
  {
    table: 'analytics_question_options',
    keys: ['question_id', 'option_id'],
    values: ['chosen'],
    expected: `select r.question_id, o.id as option_id, count(*)::int as chosen
                 from responses r cross join lateral jsonb_array_elements_text(coalesce(r.response -> 'selected_option_ids', '[]'::jsonb)) o(id)
                 where r.answered and r.question_id is not null group by 1, 2`,
  },
  {
    table: 'analytics_templates',
    keys: ['template_id'],
    values: ['submitted', 'passed', 'score_percent_sum', 'score_percent_sq_sum', 'time_spent_sec'],
    expected: `select template_id, count(*)::int as submitted, count(*) filter (where passed)::int as passed,
                 sum(coalesce(score_percent, 0))::float8 as score_percent_sum, sum(coalesce(score_percent, 0) ^ 2)::float8 as score_percent_sq_sum,
                 sum(time_spent_sec)::bigint as time_spent_sec from exam_sessions where status = 'submitted' group by 1`,
  },
]
