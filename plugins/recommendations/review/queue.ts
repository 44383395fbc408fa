import type { Payload } from 'payload'

import { poolOf, type Tx } from '@/db/sql'
import type { SourcedQuestions } from '@/extensions/practiceSources'

/** The learner's questions due now (most overdue first) and when the next one falls due: what review-mode practice draws. */
export async function dueQuestions(db: Pick<Tx, 'query'>, userId: number): Promise<SourcedQuestions> {
  const { rows } = await db.query<{ question_id: number }>(`select question_id from rec_review_items where user_id = $1 and due_at <= now() order by due_at, question_id`, [userId])
  const next = await db.query<{ at: Date | null }>(`select min(due_at) as at from rec_review_items where user_id = $1 and due_at > now()`, [userId])
  return { questionIds: rows.map((r) => r.question_id), nextDueAt: next.rows[0]?.at ?? null }
}

type ItemRow = { question_id: number; title: string | null; slug: string | null; name: string | null; due_at: Date; state: string; reps: number; lapses: number; last_rating: string; last_review: Date | null; stability: number }

/** GET /recommendations/review-queue: counts, the next due time, and the items (due first), `limit` of them. */
export async function reviewQueue(payload: Payload, userId: number, limit: number) {
  const pool = poolOf(payload)
  const [counts, items] = await Promise.all([
    pool.query<{ due_now: number; total: number; next_due_at: Date | null }>(
      `select count(*) filter (where due_at <= now())::int as due_now, count(*)::int as total, min(due_at) filter (where due_at > now()) as next_due_at
         from rec_review_items where user_id = $1`,
      [userId],
    ),
    pool.query<ItemRow>(
      `select i.question_id, q.title, c.slug, c.name, i.due_at, i.state, i.reps, i.lapses, i.last_rating, i.last_review, i.stability
         from rec_review_items i left join questions q on q.id = i.question_id left join categories c on c.id = i.category_id
        where i.user_id = $1 order by i.due_at, i.question_id limit $2`,
      [userId, limit],
    ),
  ])
  const now = Date.now()
  return {
    ...counts.rows[0],
    items: items.rows.map((r) => ({
      question_id: r.question_id,
      title: r.title,
      category: r.slug ? { slug: r.slug, name: r.name } : null,
      due_at: r.due_at,
      due: r.due_at.getTime() <= now,
      state: r.state,
      reps: r.reps,
      lapses: r.lapses,
      last_rating: r.last_rating,
      last_reviewed_at: r.last_review,
      stability_days: Math.round(r.stability * 10) / 10,
    })),
  }
}
