import type { Payload } from 'payload'

import { type Tx, inTransaction } from '@/db/sql'
import type { ExamSubmitted, ResponseGraded, SessionCompleted } from '@/events'
import { answeredStatement, sessionStatement, type Statement } from './statements'

/** The Learning Record Store statements are forwarded to, when one is configured. */
export const lrs = () => (process.env.XAPI_LRS_URL ? { url: process.env.XAPI_LRS_URL.replace(/\/+$/, ''), username: process.env.XAPI_LRS_USERNAME ?? '', password: process.env.XAPI_LRS_PASSWORD ?? '' } : null)

export const statementBase = (payload: Payload) => (process.env.PUBLIC_URL || payload.config.serverURL || 'http://localhost:3000').replace(/\/+$/, '')

/** Queues a statement in the emitting transaction (so it is sent exactly when the learning record is committed). */
async function enqueue(tx: Tx, userId: number, statement: Statement): Promise<void> {
  await tx.query(`insert into analytics_xapi_outbox (id, user_id, statement) values ($1, $2, $3) on conflict (id) do nothing`, [statement.id, userId, JSON.stringify(statement)])
}

export async function queueAnswered(payload: Payload, tx: Tx, e: ResponseGraded): Promise<void> {
  if (!lrs() || !e.answered || !e.answeredAt || e.questionId == null) return
  await enqueue(tx, e.userId, answeredStatement(statementBase(payload), { ...e, answeredAt: e.answeredAt }))
}

export async function queueCompleted(payload: Payload, tx: Tx, e: SessionCompleted): Promise<void> {
  if (!lrs()) return
  await enqueue(tx, e.userId, sessionStatement(statementBase(payload), { kind: 'practice', sessionId: e.sessionId, userId: e.userId, name: null, answered: e.answered, correct: e.correct, scorePercent: e.scorePercent, timeSpentSec: e.timeSpentSec, at: e.completedAt, passed: null }))
}

export async function queueSubmitted(payload: Payload, tx: Tx, e: ExamSubmitted): Promise<void> {
  if (!lrs()) return
  await enqueue(tx, e.userId, sessionStatement(statementBase(payload), { kind: 'exam', sessionId: e.sessionId, userId: e.userId, name: null, answered: e.answered, correct: e.correct, scorePercent: e.scorePercent, timeSpentSec: e.timeSpentSec, at: e.completedAt, passed: e.passed }))
}

/** Retry delay after `attempts` failures: 1, 2, 4 … minutes, at most an hour. Pure. */
export const retryDelaySec = (attempts: number) => Math.min(3600, 60 * 2 ** Math.max(0, attempts - 1))

/**
 * Sends due statements to the LRS in batches (POST /statements, xAPI 1.0.3). Rows are claimed with
 * `skip locked`, so several workers never send one twice; a failed batch is retried later with back-off.
 */
export async function forwardStatements(payload: Payload, batchSize = 100, maxBatches = 20): Promise<{ sent: number; failed: number }> {
  const target = lrs()
  if (!target) return { sent: 0, failed: 0 }
  let sent = 0
  let failed = 0
  for (let batch = 0; batch < maxBatches; batch++) {
    const done = await inTransaction(payload, async (tx) => {
      const { rows } = await tx.query<{ id: string; statement: Statement; attempts: number }>(
        `select id, statement, attempts from analytics_xapi_outbox where forwarded_at is null and next_attempt_at <= now()
          order by stored_at, id limit $1 for update skip locked`,
        [batchSize],
      )
      if (!rows.length) return null
      const ids = rows.map((r) => r.id)
      const error = await post(target, rows.map((r) => r.statement))
      if (error === null) {
        await tx.query(`update analytics_xapi_outbox set forwarded_at = now(), attempts = attempts + 1, last_error = null where id = any($1::uuid[])`, [ids])
        return { sent: rows.length, failed: 0 }
      }
      const attempts = rows[0].attempts + 1
      await tx.query(
        `update analytics_xapi_outbox set attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) where id = any($1::uuid[])`,
        [ids, error.slice(0, 500), retryDelaySec(attempts)],
      )
      return { sent: 0, failed: rows.length }
    })
    if (!done) break
    sent += done.sent
    failed += done.failed
    if (done.failed) break
  }
  return { sent, failed }
}

/** Null when the LRS stored the batch (or already had it: 409), else what went wrong. */
async function post(target: NonNullable<ReturnType<typeof lrs>>, statements: Statement[]): Promise<string | null> {
  try {
    const res = await fetch(`${target.url}/statements`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
        ...(target.username ? { Authorization: `Basic ${Buffer.from(`${target.username}:${target.password}`).toString('base64')}` } : {}),
      },
      body: JSON.stringify(statements),
      signal: AbortSignal.timeout(15_000),
    })
    if (res.ok || res.status === 409) return null
    return `LRS answered ${res.status}: ${(await res.text()).slice(0, 200)}`
  } catch (error) {
    return `LRS unreachable: ${(error as Error).message}`
  }
}
