import type { Payload } from 'payload'

import { visibleResources } from '@/collections/resources/visible'
import { inTransaction, poolOf, type Tx } from '@/db/sql'
import { RequestError } from '@/lib/errors'
import type { ResolvedOptions } from '../options'
import { pickTopics, REASONS, type ReasonCode } from './rules'
import { categoryStats } from './stats'

/**
 * Recomputes one learner's suggestions. A category still suggested keeps its row (and id, so a
 * dismissal sent after a recompute still finds it); others are removed; dismissals stay until they
 * expire; the learner leaves the recompute queue. Idempotent: the same figures give the same rows.
 */
export async function recomputeSuggestions(tx: Tx, userId: number, o: ResolvedOptions): Promise<number> {
  await tx.query(`delete from rec_suggestions where user_id = $1 and dismissed_at is not null and expires_at <= now()`, [userId])
  const { rows } = await tx.query<{ category_id: number }>(`select category_id from rec_suggestions where user_id = $1 and dismissed_at is not null`, [userId])
  const picks = pickTopics(await categoryStats(tx, userId, o), new Set(rows.map((r) => r.category_id)), o.topics)
  await tx.query(`delete from rec_suggestions where user_id = $1 and dismissed_at is null and not (category_id = any($2::int[]))`, [userId, picks.map((p) => p.categoryId)])
  if (picks.length) {
    await tx.query(
      `insert into rec_suggestions (user_id, category_id, rank, reason_code, score_percent, mastery_percent, due_count, computed_at)
       select $1, c, r, rc, sp, mp, dc, now() from unnest($2::int[], $3::int[], $4::text[], $5::numeric[], $6::int[], $7::int[]) as x(c, r, rc, sp, mp, dc)
       on conflict (user_id, category_id) do update set rank = excluded.rank, reason_code = excluded.reason_code, score_percent = excluded.score_percent,
         mastery_percent = excluded.mastery_percent, due_count = excluded.due_count, computed_at = excluded.computed_at`,
      [userId, picks.map((p) => p.categoryId), picks.map((_, i) => i + 1), picks.map((p) => p.reasonCode), picks.map((p) => p.scorePercent), picks.map((p) => p.masteryPercent), picks.map((p) => p.dueCount)],
    )
  }
  await tx.query(`insert into rec_learners (user_id, computed_at, queued_at) values ($1, now(), null) on conflict (user_id) do update set computed_at = now(), queued_at = null`, [userId])
  return picks.length
}

type SuggestionRow = {
  id: number
  category_id: number
  slug: string
  name: string
  reason_code: ReasonCode
  score_percent: number | null
  mastery_percent: number
  due_count: number
  computed_at: Date
}

/** The practice request "Practice now" sends for a topic. */
export function practiceRequest(slug: string, reason: ReasonCode, dueCount: number, o: ResolvedOptions) {
  const body =
    reason === 'due_for_review'
      ? { mode: 'review', categories: [slug], question_count: Math.min(Math.max(dueCount, 1), 50) }
      : { categories: [slug], question_count: o.topics.practiceQuestions, ...(reason === 'not_started' ? {} : { unseen_first: true }) }
  return { method: 'POST' as const, path: '/api/v1/practice/sessions', body }
}

/**
 * GET /recommendations/topics: the learner's current suggestions, each with up to `resourcesPerTopic`
 * resources of its category and the request that starts practice on it. A learner never computed
 * before is computed now (later, the job keeps them fresh).
 */
export async function suggestedTopics(payload: Payload, userId: number, o: ResolvedOptions) {
  const pool = poolOf(payload)
  const learner = await pool.query<{ computed_at: Date | null }>(`select computed_at from rec_learners where user_id = $1`, [userId])
  if (!learner.rows[0]?.computed_at) await inTransaction(payload, (tx) => recomputeSuggestions(tx, userId, o))
  const { rows } = await pool.query<SuggestionRow>(
    `select s.id, s.category_id, c.slug, c.name, s.reason_code, s.score_percent::float8 as score_percent, s.mastery_percent, s.due_count, s.computed_at
       from rec_suggestions s join categories c on c.id = s.category_id
      where s.user_id = $1 and s.dismissed_at is null order by s.rank`,
    [userId],
  )
  const resources = await visibleResources(pool, { userId, categoryIds: rows.map((r) => r.category_id), limit: o.topics.resourcesPerTopic })
  return {
    computed_at: rows[0]?.computed_at ?? learner.rows[0]?.computed_at ?? new Date(),
    topics: rows.map((r) => ({
      id: r.id,
      category: r.name,
      slug: r.slug,
      reason: REASONS[r.reason_code],
      reason_code: r.reason_code,
      score_percent: r.score_percent,
      mastery_percent: r.mastery_percent,
      due_count: r.due_count,
      resources: resources.filter((x) => x.category?.slug === r.slug),
      practice: practiceRequest(r.slug, r.reason_code, r.due_count, o),
    })),
  }
}

/** POST /recommendations/dismiss: the learner's own suggestion only (else 404); dismissing twice is the same as once. */
export async function dismissSuggestion(tx: Tx, userId: number, suggestionId: number, o: ResolvedOptions) {
  const { rows } = await tx.query<{ id: number; slug: string; dismissed_at: Date; expires_at: Date }>(
    `update rec_suggestions s set dismissed_at = coalesce(s.dismissed_at, now()), expires_at = coalesce(s.expires_at, now() + make_interval(days => $3))
       from categories c where c.id = s.category_id and s.id = $1 and s.user_id = $2
     returning s.id, c.slug, s.dismissed_at, s.expires_at`,
    [suggestionId, userId, o.dismissDays],
  )
  if (!rows[0]) throw new RequestError(404, `You have no suggestion with the id ${suggestionId}.`, 'suggestion_id')
  await recomputeSuggestions(tx, userId, o)
  return { id: rows[0].id, category: rows[0].slug, dismissed_at: rows[0].dismissed_at, expires_at: rows[0].expires_at }
}
