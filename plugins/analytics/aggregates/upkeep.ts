import { prepared } from '@/db/prepared'
import type { Tx } from '@/db/sql'
import type { ExamSubmitted, ResponseGraded, SessionCompleted } from '@/events'
import { deltaOf } from './contributions'

/**
 * One statement per answer: the learner's day (in the learner's time zone), category and subcategory,
 * running totals, the question's counts and its options' counts, each an atomic upsert of a delta.
 * Rows are touched in a fixed order (day, categories by id, learner, question, options by id) so two
 * concurrent answers cannot deadlock.
 */
const RESPONSE_UPKEEP = `
with c as (
  select * from unnest($2::int[], $3::timestamptz[], $4::int[], $5::float8[], $6::int[]) as c(sign, at, correct, score, time_spent_sec)
),
days as (
  insert into analytics_learner_days as d (user_id, day, answered, correct, time_spent_sec)
  select $1, analytics_local_day(c.at, (select timezone from users where id = $1)) as day, sum(sign), sum(sign * correct), sum(sign * time_spent_sec)
    from c group by 2 order by 2
  on conflict (user_id, day) do update set answered = d.answered + excluded.answered, correct = d.correct + excluded.correct,
    time_spent_sec = d.time_spent_sec + excluded.time_spent_sec
),
cats as (
  insert into analytics_learner_categories as a (user_id, category_id, answered, correct, time_spent_sec, last_practiced_at)
  select $1, k.id, sum(sign), sum(sign * correct), sum(sign * time_spent_sec), max(at) filter (where sign > 0)
    from c cross join unnest($7::int[]) as k(id) group by k.id order by k.id
  on conflict (user_id, category_id) do update set answered = a.answered + excluded.answered, correct = a.correct + excluded.correct,
    time_spent_sec = a.time_spent_sec + excluded.time_spent_sec, last_practiced_at = greatest(a.last_practiced_at, excluded.last_practiced_at)
),
learner as (
  insert into analytics_learners as l (user_id, answered, correct, time_spent_sec)
  select $1, sum(sign), sum(sign * correct), sum(sign * time_spent_sec) from c having count(*) > 0
  on conflict (user_id) do update set answered = l.answered + excluded.answered, correct = l.correct + excluded.correct,
    time_spent_sec = l.time_spent_sec + excluded.time_spent_sec
),
question as (
  insert into analytics_questions as q (question_id, answered, correct, score_sum, time_spent_sec)
  select $8, sum(sign), sum(sign * correct), sum(sign * score), sum(sign * time_spent_sec) from c having count(*) > 0
  on conflict (question_id) do update set answered = q.answered + excluded.answered, correct = q.correct + excluded.correct,
    score_sum = q.score_sum + excluded.score_sum, time_spent_sec = q.time_spent_sec + excluded.time_spent_sec
)
insert into analytics_question_options as o (question_id, option_id, chosen)
select $8, id, sum(n) from unnest($9::text[], $10::int[]) as x(id, n) group by id having sum(n) <> 0 order by id
on conflict (question_id, option_id) do update set chosen = o.chosen + excluded.chosen`

export async function onResponse(event: ResponseGraded, tx: Tx): Promise<void> {
  const delta = deltaOf(event)
  if (!delta.length || event.questionId == null) return
  const categories = [...new Set([event.categoryId, event.subcategoryId].filter((id): id is number => id != null))].sort((a, b) => a - b)
  const options = delta.flatMap((c) => c.options.map((id) => [id, c.sign] as const))
  await tx.query(
    prepared(RESPONSE_UPKEEP, [
    event.userId,
    delta.map((c) => c.sign),
    delta.map((c) => c.at),
    delta.map((c) => c.correct),
    delta.map((c) => c.score),
    delta.map((c) => c.timeSpentSec),
    categories,
    event.questionId,
    options.map(([id]) => id),
    options.map(([, n]) => n),
    ]),
  )
}

export async function onPracticeCompleted(event: SessionCompleted, tx: Tx): Promise<void> {
  await tx.query(
    `insert into analytics_learners as l (user_id, last_practice_session_id, last_practice_at) values ($1, $2, $3)
     on conflict (user_id) do update set last_practice_session_id = excluded.last_practice_session_id, last_practice_at = excluded.last_practice_at`,
    [event.userId, event.sessionId, event.completedAt],
  )
}

export async function onExamSubmitted(event: ExamSubmitted, tx: Tx): Promise<void> {
  await tx.query(
    prepared(
      `with learner as (
         insert into analytics_learners as l (user_id, last_exam_session_id, last_exam_at) values ($1, $2, $3)
         on conflict (user_id) do update set last_exam_session_id = excluded.last_exam_session_id, last_exam_at = excluded.last_exam_at)
       insert into analytics_templates as t (template_id, submitted, passed, score_percent_sum, score_percent_sq_sum, time_spent_sec)
       values ($4::int, 1, $5::int, $6::float8, $6::float8 ^ 2, $7::bigint)
       on conflict (template_id) do update set submitted = t.submitted + 1, passed = t.passed + excluded.passed,
         score_percent_sum = t.score_percent_sum + excluded.score_percent_sum, score_percent_sq_sum = t.score_percent_sq_sum + excluded.score_percent_sq_sum,
         time_spent_sec = t.time_spent_sec + excluded.time_spent_sec`,
      [event.userId, event.sessionId, event.completedAt, event.templateId, event.passed ? 1 : 0, event.scorePercent, event.timeSpentSec],
    ),
  )
}
