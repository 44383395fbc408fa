import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/db/sql'
import { getTestApp } from '../helpers/app'
import { answerFor, countRows, get, keyFieldsIn, keyOf, post } from '../helpers/engine'
import { api, gql, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded } from '../helpers/seedFixtures'
import { itKeepsAggregatesConsistent } from '../helpers/aggregates'

let payload: Payload
let learner: string
let learner2: string

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  learner = await login('learner@practica.test', DEMO_PASSWORD)
  learner2 = await login('learner2@practica.test', DEMO_PASSWORD)
})

const start = (body: Record<string, unknown>, token = learner, headers?: Record<string, string>) => post('/api/v1/practice/sessions', token, body, headers)

describe('practice sessions', () => {
  it('draws questions of the chosen categories without keys, reproducibly from the stored seed', async () => {
    const res = await start({ categories: ['orthopaedic-surgery'], question_count: 6, include_explanations: true })
    expect(res.status).toBe(201)
    expect(res.body.question_ids).toHaveLength(6)
    expect(res.body.questions.every((q: { category: { slug: string } }) => q.category.slug === 'orthopaedic-surgery')).toBe(true)
    expect(keyFieldsIn(res.body.questions)).toEqual([])
    expect(res.body.config).toMatchObject({ categories: ['orthopaedic-surgery'], include_explanations: true, question_count: 6 })

    const replay = await start({ categories: ['orthopaedic-surgery'], question_count: 6, seed: res.body.seed })
    expect(replay.body.question_ids).toEqual(res.body.question_ids)
    const other = await start({ categories: ['orthopaedic-surgery'], question_count: 6, seed: `${res.body.seed}-other` })
    expect(other.body.question_ids).not.toEqual(res.body.question_ids)

    const detail = await get(`/api/v1/practice/sessions/${res.body.id}`, learner)
    expect(detail.status).toBe(200)
    expect(detail.body).toMatchObject({ id: res.body.id, question_ids: res.body.question_ids, config: { categories: ['orthopaedic-surgery'] } })
    expect(keyFieldsIn(detail.body.questions)).toEqual([])
  })

  it('grades an answer, reveals the key and explanation, and replaces an earlier answer to the same question', async () => {
    const session = (await start({ categories: ['urology'], question_count: 12 })).body
    const sba = session.questions.find((q: { type: string }) => q.type === 'sba')
    const key = await keyOf(payload, sba.id)
    const wrong = await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, { question_id: sba.id, selected_option_ids: [key.wrong[0]], time_spent_sec: 30 })
    expect(wrong.status).toBe(200)
    expect(wrong.body).toMatchObject({ is_correct: false, correct_option_ids: key.correct })
    expect(wrong.body.explanation.length).toBeGreaterThan(50)
    const right = await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, { question_id: sba.id, selected_option_ids: key.correct, time_spent_sec: 12 })
    expect(right.body).toMatchObject({ is_correct: true, score: 1, max_score: 1 })
    expect(await countRows(payload, 'responses', 'practice_session_id = $1', [session.id])).toBe(1)
    const detail = (await get(`/api/v1/practice/sessions/${session.id}`, learner)).body
    expect(detail).toMatchObject({ answered: 1, correct: 1, time_spent_sec: 42 })
    expect(detail.answers).toEqual([expect.objectContaining({ question_id: sba.id, selected_option_ids: key.correct, is_correct: true })])
  })

  it('reveals nothing for a question only flagged, not yet answered (flag response and session detail)', async () => {
    const session = (await start({ categories: ['urology'], question_count: 3, include_explanations: true })).body
    const [first] = session.question_ids
    const flagged = await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, { question_id: first, flagged: true })
    expect(flagged.status).toBe(200)
    expect(flagged.body).toEqual({ question_id: first, answered: false, flagged: true })
    const detail = (await get(`/api/v1/practice/sessions/${session.id}`, learner)).body
    expect(detail.answers).toEqual([expect.objectContaining({ question_id: first, answered: false, flagged: true })])
    expect(keyFieldsIn(detail.answers)).toEqual([])
    expect(detail.answers[0]).not.toHaveProperty('explanation')
  })

  it('narrows a chosen category to the subcategories chosen within it; other subcategories add to the draw', async () => {
    const res = await start({ categories: ['urology', 'neurosurgery'], subcategories: ['urology/urinary-stones', 'transplantation/renal-liver-transplantation'], question_count: 200 })
    expect(res.status).toBe(201)
    const { rows } = await poolOf(payload).query<{ category: string; subcategory: string | null }>(
      `select c.slug as category, s.slug as subcategory from questions q join categories c on c.id = q.category_id left join categories s on s.id = q.subcategory_id where q.id = any($1::int[])`,
      [res.body.question_ids],
    )
    const groups = new Set(rows.map((r) => (r.category === 'neurosurgery' ? 'neurosurgery' : `${r.category}/${r.subcategory}`)))
    expect(groups).toEqual(new Set(['neurosurgery', 'urology/urinary-stones', 'transplantation/renal-liver-transplantation']))
  })

  it('grades every question type', async () => {
    const session = (await start({ categories: ['transplantation'], question_count: 12 })).body
    const types = new Set<string>()
    for (const q of session.questions as { id: number; type: string }[]) {
      if (types.has(q.type)) continue
      types.add(q.type)
      const right = await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, q.id, true))
      expect(right.body.is_correct, `${q.type} right`).toBe(true)
    }
    expect(types.size).toBe(6)
    const again = (await start({ categories: ['transplantation'], question_count: 12 })).body
    for (const q of (again.questions as { id: number; type: string }[]).slice(0, 6)) {
      const wrong = await post(`/api/v1/practice/sessions/${again.id}/attempts`, learner, await answerFor(payload, q.id, false))
      expect(wrong.body.is_correct, `${q.type} wrong`).toBe(false)
    }
  })

  it('leaves out explanations when the session does not show them', async () => {
    const session = (await start({ categories: ['neurosurgery'], question_count: 3, include_explanations: false })).body
    const res = await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, session.question_ids[0], true))
    expect(res.status).toBe(200)
    expect(res.body.explanation).toBeUndefined()
    expect(res.body.references).toBeUndefined()
  })

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const session = (await start({ categories: ['urology'], question_count: 3 })).body
    const sessionsBefore = await countRows(payload, 'practice_sessions')
    const q = session.questions.find((x: { type: string }) => x.type === 'sba') ?? session.questions[0]
    const path = `/api/v1/practice/sessions/${session.id}/attempts`
    const cases: [string, unknown, number, RegExp][] = [
      ['question outside the session', { question_id: 999999, selected_option_ids: ['x'] }, 400, /not in practice session/],
      ['malformed body', { question_id: 'abc' }, 400, /number/i],
      ['unknown field', { question_id: q.id, selected_option_ids: [], bogus: 1 }, 400, /bogus|unrecognized/i],
    ]
    if (q.type === 'sba') {
      cases.push(['option of another question', { question_id: q.id, selected_option_ids: ['not-an-option'] }, 400, /not an option/])
      cases.push(['wrong shape for the type', { question_id: q.id, answer: 'radial' }, 400, /single best answer question: send selected_option_ids/])
      cases.push(['two options for one-answer question', { question_id: q.id, selected_option_ids: q.options.slice(0, 2).map((o: { id: string }) => o.id) }, 400, /takes one option/])
    }
    for (const [name, body, status, message] of cases) {
      const res = await post(path, learner, body)
      expect(res.status, name).toBe(status)
      expect(res.body.errors[0].message, name).toMatch(message)
    }
    const raw = await api('POST', path, { token: learner, raw: '{"question_id": ', headers: { 'Content-Type': 'application/json' } })
    expect(raw.status).toBe(400)
    expect(raw.body.errors[0].message).toMatch(/not valid JSON/)
    expect((await start({ categories: ['no-such-category'] })).body.errors[0]).toEqual({ message: 'Unknown category "no-such-category".', path: 'categories.0' })
    expect((await start({ question_count: 0 })).status).toBe(400)
    expect(await countRows(payload, 'responses', 'practice_session_id = $1', [session.id])).toBe(0)
    expect(await countRows(payload, 'practice_sessions')).toBe(sessionsBefore)
    expect((await api('POST', '/api/v1/practice/sessions', { body: {} })).status).toBe(401)
  })

  it("keeps each learner to their own sessions (404 for another's)", async () => {
    const session = (await start({ question_count: 2 })).body
    expect((await get(`/api/v1/practice/sessions/${session.id}`, learner2)).status).toBe(404)
    expect((await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner2, { question_id: session.question_ids[0], selected_option_ids: [] })).status).toBe(404)
    expect((await post(`/api/v1/practice/sessions/${session.id}/complete`, learner2, {})).status).toBe(404)
    expect((await get('/api/v1/practice/sessions/not-a-number', learner)).status).toBe(404)
  })

  it('completes once, then refuses further answers; lists sessions with scores and sums up per category', async () => {
    const session = (await start({ categories: ['cardiothoracic-surgery'], question_count: 4 })).body
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, session.question_ids[0], true))
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, session.question_ids[1], false))
    const done = await post(`/api/v1/practice/sessions/${session.id}/complete`, learner, {})
    expect(done.body).toMatchObject({ status: 'completed', answered: 2, correct: 1, incorrect: 1, score_percent: 50 })
    expect((await post(`/api/v1/practice/sessions/${session.id}/complete`, learner, {})).body).toEqual(done.body)
    const late = await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, session.question_ids[2], true))
    expect(late.status).toBe(409)
    const list = (await get('/api/v1/practice/sessions?limit=5', learner)).body
    expect(list.docs[0]).toMatchObject({ id: session.id, score_percent: 50 })
    expect(list.totalDocs).toBeGreaterThan(3)
    const summary = (await get('/api/v1/practice/summary', learner)).body
    const cardio = summary.categories.find((c: { slug: string }) => c.slug === 'cardiothoracic-surgery')
    expect(cardio).toMatchObject({ answered: 2, correct: 1, score_percent: 50, name: 'Cardiothoracic Surgery' })
  })

  it('filters: incorrect only, flagged only, unseen first, difficulty', async () => {
    const token = await login('student@practica.test', DEMO_PASSWORD)
    const first = (await post('/api/v1/practice/sessions', token, { categories: ['oral-maxillofacial-surgery'], question_count: 12 })).body
    const [a, b, c] = first.question_ids as number[]
    await post(`/api/v1/practice/sessions/${first.id}/attempts`, token, await answerFor(payload, a, false))
    await post(`/api/v1/practice/sessions/${first.id}/attempts`, token, await answerFor(payload, b, true))
    await post(`/api/v1/practice/sessions/${first.id}/attempts`, token, { question_id: c, flagged: true })
    const incorrect = (await post('/api/v1/practice/sessions', token, { categories: ['oral-maxillofacial-surgery'], incorrect_only: true })).body
    expect(incorrect.question_ids).toEqual([a])
    const flagged = (await post('/api/v1/practice/sessions', token, { flagged_only: true })).body
    expect(flagged.question_ids).toEqual([c])
    const unseen = (await post('/api/v1/practice/sessions', token, { categories: ['oral-maxillofacial-surgery'], question_count: 12, unseen_first: true })).body
    expect(unseen.question_ids.slice(-2).sort()).toEqual([a, b].sort())
    const easy = (await post('/api/v1/practice/sessions', token, { difficulty: [1, 2], question_count: 50 })).body
    expect(easy.questions.every((q: { difficulty: number }) => q.difficulty <= 2)).toBe(true)
    const none = await post('/api/v1/practice/sessions', token, { categories: ['urology'], incorrect_only: true })
    expect(none.status).toBe(422)
  })

  it('returns the first result for a repeated Idempotency-Key, once even when the retries race', async () => {
    const key = `practice-${Date.now()}`
    const before = await countRows(payload, 'practice_sessions')
    const [one, two] = await Promise.all([start({ question_count: 2 }, learner, { 'Idempotency-Key': key }), start({ question_count: 2 }, learner, { 'Idempotency-Key': key })])
    expect(one.body.id).toBe(two.body.id)
    expect(await countRows(payload, 'practice_sessions')).toBe(before + 1)
    const three = await start({ question_count: 2 }, learner, { 'Idempotency-Key': key })
    expect(three.body).toEqual(one.body)
    expect(three.headers.get('Idempotent-Replayed')).toBe('true')
    const reused = await start({ question_count: 3 }, learner, { 'Idempotency-Key': key })
    expect(reused.status).toBe(422)
    // Keys are per user: another learner's identical key is a different request.
    const theirs = await start({ question_count: 2 }, learner2, { 'Idempotency-Key': key })
    expect(theirs.body.id).not.toBe(one.body.id)
  })

  it('emits response.graded and session.completed inside the transaction (a failing listener rolls the write back)', async () => {
    const custom = payload.config.custom as Record<string, unknown>
    // The test's listeners run after the installed ones (the analytics plugin's), which keep working.
    const original = custom.learningEventListeners as unknown[]
    const seen: { type: string; event: Record<string, unknown> }[] = []
    const session = (await start({ question_count: 2 })).body
    try {
      custom.learningEventListeners = [
        ...original,
        { type: 'response.graded', listener: (event: Record<string, unknown>) => void seen.push({ type: 'response.graded', event }) },
        { type: 'session.completed', listener: (event: Record<string, unknown>) => void seen.push({ type: 'session.completed', event }) },
      ]
      await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, session.question_ids[0], true))
      await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, session.question_ids[0], false))
      expect(seen.map((s) => s.type)).toEqual(['response.graded', 'response.graded'])
      expect(seen[1].event).toMatchObject({ sessionKind: 'practice', questionId: session.question_ids[0], isCorrect: false, previous: { isCorrect: true } })
      custom.learningEventListeners = [...original, { type: 'response.graded', listener: () => Promise.reject(new Error('listener failed')) }]
      const failed = await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, session.question_ids[1], true))
      expect(failed.status).toBe(500)
      expect(await countRows(payload, 'responses', 'practice_session_id = $1 and question_id = $2', [session.id, session.question_ids[1]])).toBe(0)
      custom.learningEventListeners = [...original, { type: 'session.completed', listener: (event: Record<string, unknown>) => void seen.push({ type: 'session.completed', event }) }]
      await post(`/api/v1/practice/sessions/${session.id}/complete`, learner, {})
      expect(seen.at(-1)).toMatchObject({ type: 'session.completed', event: { sessionId: session.id, answered: 1, correct: 0 } })
    } finally {
      custom.learningEventListeners = original
    }
  })

  it('records the question version answered; an edit makes a new version and old responses keep theirs', async () => {
    const session = (await start({ categories: ['urology'], question_count: 1 })).body
    const questionId = session.question_ids[0]
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, questionId, true))
    const answeredVersion = session.questions[0].version
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const edit = await api('PATCH', `/api/v1/questions/${questionId}`, { token: editor, body: { difficulty: 5, _status: 'published' } })
    expect(edit.status).toBe(200)
    const { rows } = await (payload.db as unknown as { pool: { query: (q: string, p: unknown[]) => Promise<{ rows: { question_version: string }[] }> } }).pool.query(
      'select question_version from responses where practice_session_id = $1',
      [session.id],
    )
    expect(Number(rows[0].question_version)).toBe(answeredVersion)
    const next = (await start({ categories: ['urology'], question_count: 12, seed: 'version-check' })).body
    const again = next.questions.find((q: { id: number }) => q.id === questionId)
    expect(again.version).toBeGreaterThan(answeredVersion)
    expect(again.difficulty).toBe(5)
    const removal = await api('DELETE', `/api/v1/questions/${questionId}`, { token: editor })
    expect(removal.status).toBe(409)
    expect(removal.body.errors[0].message).toMatch(/unpublish it instead/)
    expect((await get(`/api/v1/practice/sessions/${session.id}`, learner)).status).toBe(200)
  })

  it('runs the same flows over GraphQL with the same rules', async () => {
    const started = await gql('mutation($input: PracticaJSON) { startPractice(input: $input) }', { input: { categories: ['urology'], question_count: 2 } }, learner)
    const session = started.body.data.startPractice
    expect(session.question_ids).toHaveLength(2)
    expect(keyFieldsIn(session.questions)).toEqual([])
    const answer = await answerFor(payload, session.question_ids[0], true)
    const answered = await gql('mutation($id: Int!, $answer: PracticaJSON!) { answerPractice(sessionId: $id, answer: $answer) }', { id: session.id, answer }, learner)
    expect(answered.body.data.answerPractice.is_correct).toBe(true)
    const read = await gql('query($id: Int!) { practiceSession(sessionId: $id) }', { id: session.id }, learner)
    expect(read.body.data.practiceSession.answered).toBe(1)
    const theirs = await gql('query($id: Int!) { practiceSession(sessionId: $id) }', { id: session.id }, learner2)
    expect(theirs.body.errors[0]).toMatchObject({ message: `Practice session ${session.id} was not found.` })
    const bad = await gql('mutation($id: Int!) { answerPractice(sessionId: $id, answer: {question_id: 999999, selected_option_ids: []}) }', { id: session.id }, learner)
    expect(bad.body.errors[0].message).toMatch(/not in practice session/)
    const anonymous = await gql('{ practiceSummary }')
    expect(anonymous.body.errors[0].message).toMatch(/Sign in/)
    const summary = await gql('{ practiceSummary }', {}, learner)
    expect(summary.body.data.practiceSummary.totals.answered).toBeGreaterThan(0)
  })
})

describe('analytics aggregates after these scenarios', () => {
  itKeepsAggregatesConsistent(() => payload)
})
