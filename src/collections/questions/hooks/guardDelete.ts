import type { CollectionBeforeDeleteHook } from 'payload'

import { poolOf } from '@/db/sql'
import { RequestError } from '@/lib/errors'

/**
 * A question learners have met (answered, or drawn into a session) keeps its history: deleting it would
 * remove the versions their sessions and results point at. Unpublish it instead.
 */
export const keepAnsweredQuestions: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { rows } = await poolOf(req.payload).query(
    `select 1 from responses where question_id = $1
     union all select 1 from practice_sessions where question_ids @> $2::jsonb
     union all select 1 from exam_sessions where question_ids @> $2::jsonb
     limit 1`,
    [id, JSON.stringify([Number(id)])],
  )
  if (rows.length) throw new RequestError(409, `Question ${id} has been used in learners' sessions, so its history is kept: unpublish it instead of deleting it.`)
}
