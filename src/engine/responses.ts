import type { Payload } from 'payload'

import { prepared } from '@/db/prepared'
import type { Tx } from '@/db/sql'
import { emit, type ResponseGraded } from '@/events'
import type { GradeResult } from '@/grading'
import type { CheckedAnswer } from './answers'
import type { QuestionContent } from './questionContent'

export type ResponseWrite = {
  kind: 'practice' | 'exam'
  sessionId: number
  userId: number
  institutionId: number | null
  content: QuestionContent
  checked: CheckedAnswer
  grade: GradeResult | null
  timeSpentSec: number
  flagged: boolean | undefined
}

type Previous = { answered: boolean; isCorrect: boolean; score: number; timeSpentSec: number; answeredAt: string | null; response: unknown; flagged: boolean }
type Row = { id: number; confidence: 'low' | 'medium' | 'high' | null; answered: boolean; is_correct: boolean; score: number; max_score: number; time_spent_sec: number; flagged: boolean; answered_at: Date | null; response: unknown; previous: Previous | null }

const COLUMNS = `slot, kind, practice_session_id, exam_session_id, user_id, institution_id, question_id, question_version, category_id, subcategory_id,
  response, answered, is_correct, score, max_score, confidence, time_spent_sec, flagged, answered_at`

/**
 * Writes one response (one row per session × question): a new answer replaces the earlier one, time
 * spent accumulates, a flag change alone keeps the answer. Emits `response.graded` (or `response.flagged`
 * when no answer was given) in the same transaction.
 */
export async function writeResponse(payload: Payload, tx: Tx, w: ResponseWrite): Promise<Row> {
  const slot = `${w.kind}:${w.sessionId}:${w.content.questionId}`
  const answerGiven = w.checked.stored !== null
  const values = [
    slot,
    w.kind,
    w.kind === 'practice' ? w.sessionId : null,
    w.kind === 'exam' ? w.sessionId : null,
    w.userId,
    w.institutionId,
    w.content.questionId,
    w.content.versionId,
    w.content.categoryId,
    w.content.subcategoryId,
    answerGiven ? JSON.stringify(w.checked.stored) : null,
    w.grade?.answered ?? false,
    w.grade?.isCorrect ?? false,
    w.grade?.score ?? 0,
    w.grade?.maxScore ?? 0,
    w.checked.confidence,
    w.timeSpentSec,
    w.flagged ?? false,
    answerGiven ? new Date() : null,
    w.flagged ?? null,
  ]
  const onConflict = answerGiven
    ? `response = excluded.response, answered = excluded.answered, is_correct = excluded.is_correct, score = excluded.score, max_score = excluded.max_score,
       confidence = excluded.confidence, question_version = excluded.question_version, answered_at = excluded.answered_at,`
    : ''
  // Practice sessions keep running totals: updated in the same statement, from the change this write made.
  const totals =
    w.kind === 'practice'
      ? `, totals as (
          update practice_sessions s set updated_at = now(),
            answered = s.answered + (w.answered::int - coalesce((select answered::int from prev), 0)),
            correct = s.correct + (w.is_correct::int - coalesce((select is_correct::int from prev), 0)),
            score = s.score + (w.score - coalesce((select score from prev), 0)),
            time_spent_sec = s.time_spent_sec + (w.time_spent_sec - coalesce((select "timeSpentSec" from prev), 0))
          from written w where s.id = $21)`
      : ''
  const { rows } = await tx.query<Row>(
    prepared(
      `with prev as (select answered, is_correct, score::float8 as score, time_spent_sec::int as "timeSpentSec", flagged, answered_at, response from responses where slot = $1),
     written as (
       insert into responses (${COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       on conflict (slot) do update set ${onConflict}
         time_spent_sec = responses.time_spent_sec + excluded.time_spent_sec,
         flagged = coalesce($20::boolean, responses.flagged),
         updated_at = now()
       returning id, confidence, answered, is_correct, score::float8 as score, max_score::float8 as max_score, time_spent_sec::int as time_spent_sec, flagged, answered_at, response)
     ${totals}
     select w.*, (select json_build_object('answered', answered, 'isCorrect', is_correct, 'score', score, 'timeSpentSec', "timeSpentSec", 'flagged', flagged,
                                          'answeredAt', answered_at, 'response', response) from prev) as previous
       from written w`,
      w.kind === 'practice' ? [...values, w.sessionId] : values,
    ),
  )
  const row = rows[0]
  const p = row.previous
  await emit(payload, tx, answerGiven ? 'response.graded' : 'response.flagged', {
    responseId: row.id,
    sessionKind: w.kind,
    sessionId: w.sessionId,
    userId: w.userId,
    institutionId: w.institutionId,
    questionId: w.content.questionId,
    questionVersion: w.content.versionId,
    categoryId: w.content.categoryId,
    subcategoryId: w.content.subcategoryId,
    answered: row.answered,
    isCorrect: row.is_correct,
    score: row.score,
    maxScore: row.max_score,
    timeSpentSec: row.time_spent_sec,
    answeredAt: row.answered_at,
    response: row.response,
    confidence: row.confidence,
    previous: p
      ? { answered: p.answered, isCorrect: p.isCorrect, score: p.score, timeSpentSec: p.timeSpentSec, answeredAt: p.answeredAt ? new Date(p.answeredAt) : null, response: p.response }
      : null,
  })
  return row
}
