import type { Payload } from 'payload'

import { cardsOf, resourceCardsSql } from '@/collections/resources/visible'
import { prepared } from '@/db/prepared'
import { inTransaction, poolOf, type Tx } from '@/db/sql'
import type { DashboardSection, SuggestedTopic } from '@/extensions/dashboard'
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
}

/** What `topicsSql` gives: when the learner was last computed (null: never), the suggestions in rank order, and their resources. */
type TopicsValue = { computed_at: string | null; topics: SuggestionRow[]; resources: unknown }

/**
 * A SQL expression over `$1` (the learner's id) giving the learner's current suggestions with their
 * resources (up to `resourcesPerTopic` per topic) as one JSON value: the dashboard's section, and
 * GET /recommendations/topics on its own.
 */
export const topicsSql = (o: ResolvedOptions) => `(
  select json_build_object(
    'computed_at', l.computed_at,
    'topics', coalesce((select json_agg(json_build_object('id', s.id, 'category_id', s.category_id, 'slug', c.slug, 'name', c.name, 'reason_code', s.reason_code,
                                                         'score_percent', s.score_percent::float8, 'mastery_percent', s.mastery_percent, 'due_count', s.due_count) order by s.rank)
                         from rec_suggestions s join categories c on c.id = s.category_id
                        where s.user_id = $1::int and s.dismissed_at is null), '[]'::json),
    'resources', ${resourceCardsSql({
      userId: '$1::int',
      categoryIds: `coalesce((select array_agg(s.category_id) from rec_suggestions s where s.user_id = $1::int and s.dismissed_at is null), '{}'::int[])`,
      featuredOnly: 'false',
      limit: String(o.topics.resourcesPerTopic),
    })})
    from (select 1) one left join rec_learners l on l.user_id = $1::int)`

/** The practice request "Practice now" sends for a topic. */
export function practiceRequest(slug: string, reason: ReasonCode, dueCount: number, o: ResolvedOptions) {
  const body =
    reason === 'due_for_review'
      ? { mode: 'review', categories: [slug], question_count: Math.min(Math.max(dueCount, 1), 50) }
      : { categories: [slug], question_count: o.topics.practiceQuestions, ...(reason === 'not_started' ? {} : { unseen_first: true }) }
  return { method: 'POST' as const, path: '/api/v1/practice/sessions', body }
}

/** The topics of a `topicsSql` value, each with its resources and the request that starts practice on it. */
export function topicsOf(value: TopicsValue, o: ResolvedOptions) {
  const resources = cardsOf(value.resources)
  return value.topics.map((r) => ({
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
  }))
}

/**
 * GET /recommendations/topics: the learner's current suggestions, each with up to `resourcesPerTopic`
 * resources of its category and the request that starts practice on it. A learner never computed
 * before is computed now (later, the job keeps them fresh). `known` is the `topicsSql` value when the
 * caller already has it (the dashboard).
 */
export async function suggestedTopics(payload: Payload, userId: number, o: ResolvedOptions, known?: TopicsValue) {
  const read = async () => (await poolOf(payload).query<{ value: TopicsValue }>(prepared(`select ${topicsSql(o)} as value`, [userId]))).rows[0].value
  let value = known ?? (await read())
  if (!value.computed_at) {
    await inTransaction(payload, (tx) => recomputeSuggestions(tx, userId, o))
    value = await read()
  }
  return { computed_at: value.computed_at ? new Date(value.computed_at) : new Date(), topics: topicsOf(value, o) }
}

/** The dashboard's suggested topics: `topicsSql` as a column of its statement. */
export const dashboardTopics = (o: ResolvedOptions): DashboardSection<SuggestedTopic[]> => {
  const sql = topicsSql(o)
  return { sql, read: async (value, payload, userId) => (await suggestedTopics(payload, userId, o, value as TopicsValue)).topics }
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
