import type { Tx } from '@/db/sql'
import { readiness } from '../mastery/bkt'
import type { ResolvedOptions } from '../options'
import type { CategoryStats } from './rules'

type Row = {
  id: number
  slug: string
  name: string
  order: number
  answered: number
  correct: number
  recent_answered: number
  recent_correct: number
  before_answered: number
  before_correct: number
  due: number
  topics: (number | null)[]
}

/**
 * One learner's figures per top-level category that has published questions they may see: answers
 * (all time, and the last two windows), review items due now, and the probability of knowing each topic
 * (subcategory) with questions — unobserved topics are null.
 */
export async function categoryStats(db: Pick<Tx, 'query'>, userId: number, o: ResolvedOptions): Promise<CategoryStats[]> {
  const { rows } = await db.query<Row>(
    `with member as (select institution_id from users_memberships where _parent_id = $1),
     visible as (
       select distinct q.category_id, coalesce(q.subcategory_id, q.category_id) as topic_id from questions q
        where q._status = 'published' and q.category_id is not null and (q.shared or q.institution_id in (select institution_id from member))),
     answers as (
       select category_id,
              count(*)::int as answered, count(*) filter (where is_correct)::int as correct,
              count(*) filter (where answered_at >= now() - make_interval(days => $2))::int as recent_answered,
              count(*) filter (where is_correct and answered_at >= now() - make_interval(days => $2))::int as recent_correct,
              count(*) filter (where answered_at < now() - make_interval(days => $2) and answered_at >= now() - make_interval(days => 2 * $2))::int as before_answered,
              count(*) filter (where is_correct and answered_at < now() - make_interval(days => $2) and answered_at >= now() - make_interval(days => 2 * $2))::int as before_correct
         from responses where user_id = $1 and answered and category_id is not null group by category_id),
     due as (select category_id, count(*)::int as due from rec_review_items where user_id = $1 and due_at <= now() group by category_id),
     topics as (
       select v.category_id, array_agg(m.p_known order by v.topic_id) as topics
         from visible v left join rec_mastery m on m.user_id = $1 and m.topic_id = v.topic_id group by v.category_id)
     select c.id, c.slug, c.name, coalesce(c."order", 0)::int as "order",
            coalesce(a.answered, 0) as answered, coalesce(a.correct, 0) as correct,
            coalesce(a.recent_answered, 0) as recent_answered, coalesce(a.recent_correct, 0) as recent_correct,
            coalesce(a.before_answered, 0) as before_answered, coalesce(a.before_correct, 0) as before_correct,
            coalesce(d.due, 0) as due, t.topics
       from topics t join categories c on c.id = t.category_id
       left join answers a on a.category_id = c.id
       left join due d on d.category_id = c.id
      order by c."order", c.id`,
    [userId, o.topics.windowDays],
  )
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    order: r.order,
    answered: r.answered,
    correct: r.correct,
    recent: { answered: r.recent_answered, correct: r.recent_correct },
    before: { answered: r.before_answered, correct: r.before_correct },
    readiness: readiness(r.topics, o.mastery.prior),
    due: r.due,
  }))
}
