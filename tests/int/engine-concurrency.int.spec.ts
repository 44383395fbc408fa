import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/db/sql'
import { getTestApp } from '../helpers/app'
import { answerFor, countRows, post } from '../helpers/engine'
import { login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded } from '../helpers/seedFixtures'
import { itKeepsAggregatesConsistent } from '../helpers/aggregates'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  token = await login('learner2@practica.test', DEMO_PASSWORD)
})

const recount = async (sessionId: number) =>
  (
    await poolOf(payload).query<{ answered: number; correct: number; time: number }>(
      `select count(*) filter (where answered)::int as answered, count(*) filter (where is_correct)::int as correct, coalesce(sum(time_spent_sec), 0)::int as time
         from responses where practice_session_id = $1`,
      [sessionId],
    )
  ).rows[0]

describe('the engine under concurrency', () => {
  it('50 parallel practice answers with duplicate retries: none lost, none counted twice, totals equal a recount', async () => {
    const session = (await post('/api/v1/practice/sessions', token, { question_count: 25 })).body
    const bodies = await Promise.all(session.question_ids.map(async (id: number, i: number) => ({ ...(await answerFor(payload, id, i % 2 === 0)), time_spent_sec: 10 })))
    // Every answer sent twice at once with the same Idempotency-Key (a client retry), all 50 in parallel.
    const requests = bodies.flatMap((body, i) => [0, 1].map(() => post(`/api/v1/practice/sessions/${session.id}/attempts`, token, body, { 'Idempotency-Key': `race-${session.id}-${i}` })))
    const results = await Promise.all(requests)
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200))
    for (let i = 0; i < bodies.length; i++) expect(results[2 * i].body).toEqual(results[2 * i + 1].body)
    expect(await countRows(payload, 'responses', 'practice_session_id = $1', [session.id])).toBe(25)
    const detail = (await post(`/api/v1/practice/sessions/${session.id}/complete`, token, {})).body
    const truth = await recount(session.id)
    expect({ answered: detail.answered, correct: detail.correct, time: detail.time_spent_sec }).toEqual(truth)
    expect(truth).toEqual({ answered: 25, correct: 13, time: 250 })
  })

  it('parallel changes of one answer leave one response and consistent totals', async () => {
    const session = (await post('/api/v1/practice/sessions', token, { question_count: 1 })).body
    const q = session.question_ids[0]
    const right = await answerFor(payload, q, true)
    const wrong = await answerFor(payload, q, false)
    await Promise.all(Array.from({ length: 20 }, (_, i) => post(`/api/v1/practice/sessions/${session.id}/attempts`, token, { ...(i % 2 ? right : wrong), time_spent_sec: 1 })))
    expect(await countRows(payload, 'responses', 'practice_session_id = $1', [session.id])).toBe(1)
    const detail = (await post(`/api/v1/practice/sessions/${session.id}/complete`, token, {})).body
    const truth = await recount(session.id)
    expect({ answered: detail.answered, correct: detail.correct, time: detail.time_spent_sec }).toEqual(truth)
    expect(truth.time).toBe(20)
  })

  it('parallel exam starts open one sitting; parallel saves and submits produce one result', async () => {
    const examiner = await login('examiner@practica.test', DEMO_PASSWORD)
    const academy = (await payload.find({ collection: 'institutions', where: { slug: { equals: 'royal-surgical-academy' } }, overrideAccess: true })).docs[0].id
    const questions = (await payload.find({ collection: 'questions', where: { _status: { equals: 'published' } }, limit: 30, depth: 0, overrideAccess: true })).docs.map((q) => q.id)
    const t = (await post('/api/v1/exam-templates', examiner, { name: 'Race paper', durationMinutes: 30, institution: academy, questions })).body.doc
    const starts = await Promise.all(Array.from({ length: 8 }, () => post('/api/v1/exams/sessions', token, { template_id: t.id })))
    const ids = new Set(starts.map((s) => s.body.id))
    expect(ids.size).toBe(1)
    expect(starts.filter((s) => s.status === 201)).toHaveLength(1)
    const id = [...ids][0]
    const saves = await Promise.all(questions.map(async (q, i) => post(`/api/v1/exams/sessions/${id}/attempts`, token, await answerFor(payload, q, i % 3 !== 0))))
    expect(saves.every((s) => s.status === 200)).toBe(true)
    const submits = await Promise.all(Array.from({ length: 6 }, () => post(`/api/v1/exams/sessions/${id}/submit`, token, {})))
    expect(new Set(submits.map((s) => JSON.stringify(s.body))).size).toBe(1)
    expect(submits[0].body).toMatchObject({ status: 'submitted', answered: 30, correct: 20 })
  })
})

describe('analytics aggregates after these scenarios', () => {
  itKeepsAggregatesConsistent(() => payload)
})
