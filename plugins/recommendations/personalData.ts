import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'

/** What the plugin holds about a learner, for GET /me/export: mastery estimates, the review queue and suggestions with dismissals. */
export async function recommendationData(payload: Payload, userId: number): Promise<Record<string, unknown>> {
  const pool = poolOf(payload)
  const [mastery, review, suggestions] = await Promise.all([
    pool.query(`select c.path as topic, m.p_known, m.observations, m.correct, m.updated_at from rec_mastery m join categories c on c.id = m.topic_id where m.user_id = $1 order by c.path`, [userId]),
    pool.query(`select question_id, due_at, state, reps, lapses, stability, difficulty, last_rating, last_review, added_at from rec_review_items where user_id = $1 order by due_at`, [userId]),
    pool.query(`select c.slug as category, s.reason_code, s.score_percent::float8 as score_percent, s.mastery_percent, s.computed_at, s.dismissed_at, s.expires_at from rec_suggestions s join categories c on c.id = s.category_id where s.user_id = $1 order by s.rank`, [userId]),
  ])
  return { 'recommendations-mastery.json': mastery.rows, 'recommendations-review-queue.json': review.rows, 'recommendations-suggestions.json': suggestions.rows }
}
