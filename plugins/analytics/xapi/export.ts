import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { statementBase } from './outbox'
import { type AnsweredRecord, answeredStatement, type SessionRecord, sessionStatement, type Statement } from './statements'

export type ExportScope = { userId: number | null; institutionId: number | null; since: Date; until: Date }

const CHUNK = 1000

type Source = { sql: string; map: (row: Record<string, unknown>, base: string) => Statement }

/** Each kind of learning record, read in id order a chunk at a time ($1 since, $2 until, $3 user, $4 institution, $5 after id). */
const SOURCES: Source[] = [
  {
    sql: `select id, user_id, question_id, question_version::int as question_version, kind, coalesce(practice_session_id, exam_session_id) as session_id,
                 is_correct, score::float8 as score, max_score::float8 as max_score, time_spent_sec::int as time_spent_sec, answered_at
            from responses
           where answered and question_id is not null and answered_at >= $1 and answered_at < $2
             and ($3::int is null or user_id = $3) and ($4::int is null or institution_id = $4) and id > $5
           order by id limit ${CHUNK}`,
    map: (r, base) =>
      answeredStatement(base, {
        responseId: r.id, userId: r.user_id, questionId: r.question_id, questionVersion: r.question_version, sessionKind: r.kind, sessionId: r.session_id,
        isCorrect: r.is_correct, score: r.score, maxScore: r.max_score, timeSpentSec: r.time_spent_sec, answeredAt: r.answered_at,
      } as AnsweredRecord),
  },
  {
    sql: `select id, user_id, answered::int as answered, correct::int as correct, coalesce(score_percent, 0)::float8 as score_percent, time_spent_sec::int as time_spent_sec, completed_at as at
            from practice_sessions
           where status = 'completed' and completed_at >= $1 and completed_at < $2
             and ($3::int is null or user_id = $3) and ($4::int is null or institution_id = $4) and id > $5
           order by id limit ${CHUNK}`,
    map: (r, base) => sessionStatement(base, { kind: 'practice', sessionId: r.id, userId: r.user_id, name: null, answered: r.answered, correct: r.correct, scorePercent: r.score_percent, timeSpentSec: r.time_spent_sec, at: r.at, passed: null } as SessionRecord),
  },
  {
    sql: `select e.id, e.user_id, e.answered::int as answered, e.correct::int as correct, coalesce(e.score_percent, 0)::float8 as score_percent,
                 e.time_spent_sec::int as time_spent_sec, e.submitted_at as at, e.passed, t.name
            from exam_sessions e join exam_templates t on t.id = e.template_id
           where e.status = 'submitted' and e.submitted_at >= $1 and e.submitted_at < $2
             and ($3::int is null or e.user_id = $3) and ($4::int is null or e.institution_id = $4) and e.id > $5
           order by e.id limit ${CHUNK}`,
    map: (r, base) => sessionStatement(base, { kind: 'exam', sessionId: r.id, userId: r.user_id, name: r.name, answered: r.answered, correct: r.correct, scorePercent: r.score_percent, timeSpentSec: r.time_spent_sec, at: r.at, passed: r.passed } as SessionRecord),
  },
]

/**
 * Every learning record in the scope as xAPI statements, one JSON object per line, streamed a chunk
 * at a time (an export of a whole institution's year never sits in memory).
 */
export function exportStatements(payload: Payload, scope: ExportScope): ReadableStream<Uint8Array> {
  const base = statementBase(payload)
  const encoder = new TextEncoder()
  let source = 0
  let after = 0
  return new ReadableStream({
    async pull(controller) {
      while (source < SOURCES.length) {
        const { rows } = await poolOf(payload).query(SOURCES[source].sql, [scope.since, scope.until, scope.userId, scope.institutionId, after])
        if (!rows.length) {
          source++
          after = 0
          continue
        }
        after = rows.at(-1).id
        controller.enqueue(encoder.encode(rows.map((r) => JSON.stringify(SOURCES[source].map(r, base))).join('\n') + '\n'))
        return
      }
      controller.close()
    },
  })
}
