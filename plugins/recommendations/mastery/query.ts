import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import type { ResolvedOptions } from '../options'
import { readiness } from './bkt'

type Row = { category_id: number; c_slug: string; c_name: string; c_order: number; topic_id: number; t_slug: string; t_path: string; t_name: string; p_known: number | null; observations: number | null; correct: number | null }

/**
 * GET /recommendations/mastery: per category with questions the learner may see, a readiness score
 * (mean probability of knowing its topics) and each topic's (subcategory's) estimate.
 */
export async function masteryOf(payload: Payload, userId: number, o: ResolvedOptions) {
  const { rows } = await poolOf(payload).query<Row>(
    `with member as (select institution_id from users_memberships where _parent_id = $1),
     visible as (
       select distinct q.category_id, coalesce(q.subcategory_id, q.category_id) as topic_id from questions q
        where q._status = 'published' and q.category_id is not null and (q.shared or q.institution_id in (select institution_id from member)))
     select v.category_id, c.slug as c_slug, c.name as c_name, coalesce(c."order", 0)::int as c_order,
            v.topic_id, t.slug as t_slug, t.path as t_path, t.name as t_name, m.p_known, m.observations, m.correct
       from visible v join categories c on c.id = v.category_id join categories t on t.id = v.topic_id
       left join rec_mastery m on m.user_id = $1 and m.topic_id = v.topic_id
      order by c."order", c.id, t."order", t.id`,
    [userId],
  )
  const categories = new Map<number, { slug: string; name: string; topics: Row[] }>()
  for (const r of rows) {
    const entry = categories.get(r.category_id) ?? { slug: r.c_slug, name: r.c_name, topics: [] }
    entry.topics.push(r)
    categories.set(r.category_id, entry)
  }
  const { prior, learn, guess, slip, masteredAt } = o.mastery
  return {
    model: { kind: 'bayesian-knowledge-tracing', prior, learn, guess, slip, mastered_at: masteredAt },
    categories: [...categories.values()].map((c) => ({
      slug: c.slug,
      name: c.name,
      readiness_percent: readiness(c.topics.map((t) => t.p_known), prior),
      observations: c.topics.reduce((n, t) => n + (t.observations ?? 0), 0),
      mastered_topics: c.topics.filter((t) => (t.p_known ?? 0) >= masteredAt).length,
      topics: c.topics.map((t) => ({
        slug: t.t_slug,
        path: t.t_path,
        name: t.t_name,
        p_known: Math.round((t.p_known ?? prior) * 1000) / 1000,
        mastery_percent: Math.round((t.p_known ?? prior) * 100),
        observations: t.observations ?? 0,
        correct: t.correct ?? 0,
        mastered: (t.p_known ?? 0) >= masteredAt,
      })),
    })),
  }
}
