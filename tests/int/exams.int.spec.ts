import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/db/sql'
import { submitOverdueSessions } from '../../src/engine/exams'
import { getTestApp } from '../helpers/app'
import { answerFor, countRows, get, keyFieldsIn, keyOf, post } from '../helpers/engine'
import { api, gql, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId } from '../helpers/seedFixtures'
import { itKeepsAggregatesConsistent } from '../helpers/aggregates'

let payload: Payload
let examiner: string
let academy: number
let questionIds: number[]
let categories: Record<string, number>

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  examiner = await login('examiner@practica.test', DEMO_PASSWORD)
  academy = await institutionId(payload, 'royal-surgical-academy')
  const cats = await payload.find({ collection: 'categories', where: { parent: { exists: false } }, limit: 100, depth: 0, overrideAccess: true })
  categories = Object.fromEntries(cats.docs.map((c) => [c.slug, c.id]))
  const found = await payload.find({ collection: 'questions', where: { category: { equals: categories['urology'] } }, sort: 'id', limit: 12, depth: 0, overrideAccess: true })
  questionIds = found.docs.map((q) => q.id)
})

async function template(overrides: Record<string, unknown> = {}) {
  const res = await api('POST', '/api/v1/exam-templates', {
    token: examiner,
    body: { name: `Mock ${Math.random().toString(36).slice(2, 7)}`, paper: 'Paper 1', durationMinutes: 60, institution: academy, questions: questionIds.slice(0, 6), passMark: 50, ...overrides },
  })
  if (res.status !== 201) throw new Error(`template: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc as { id: number; name: string; totalQuestions: number }
}

const learnerToken = (email: string) => login(email, DEMO_PASSWORD)
const sql = (text: string, params: unknown[]) => poolOf(payload).query(text, params)

describe('exam templates', () => {
  it('are managed by examiners, listed for learners without their question list', async () => {
    const t = await template({ description: 'Six urology questions' })
    expect(t.totalQuestions).toBe(6)
    const learner = await learnerToken('learner2@practica.test')
    const listed = (await get('/api/v1/exams/templates', learner)).body.find((x: { id: number }) => x.id === t.id)
    expect(listed).toMatchObject({ name: t.name, paper: 'Paper 1', duration_minutes: 60, total_questions: 6, description: 'Six urology questions', attempts_used: 0 })
    expect(listed).toMatchObject({ scoring: { mode: 'all-or-nothing', certainty_based: false }, open_session: null, can_start: true, reason: null })
    const rest = await get(`/api/v1/exam-templates/${t.id}`, learner)
    expect(rest.body.questions).toBeUndefined()
    expect((await api('POST', '/api/v1/exam-templates', { token: learner, body: { name: 'x', institution: academy, questions: questionIds } })).status).toBe(403)
    const editor = await learnerToken('editor@practica.test')
    expect((await api('POST', '/api/v1/exam-templates', { token: editor, body: { name: 'x', institution: academy, questions: questionIds } })).status).toBe(403)
    const empty = await api('POST', '/api/v1/exam-templates', { token: examiner, body: { name: 'Empty', institution: academy, questions: [] } })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toMatch(/at least one question/)
    // A learner of another institution does not see the academy's paper.
    const student = await learnerToken('student@practica.test')
    expect((await get('/api/v1/exams/templates', student)).body.some((x: { id: number }) => x.id === t.id)).toBe(false)
    expect((await post('/api/v1/exams/sessions', student, { template_id: t.id })).status).toBe(404)
  })
})

describe('exam sessions', () => {
  it('start (or resume), save and change answers, flag, submit once, and review', async () => {
    const t = await template()
    const learner = await learnerToken('learner2@practica.test')
    const started = await post('/api/v1/exams/sessions', learner, { template_id: t.id })
    expect(started.status).toBe(201)
    const s = started.body
    expect(s.questions.map((q: { id: number }) => q.id)).toEqual(questionIds.slice(0, 6))
    expect(s.questions[0].position).toBe(1)
    expect(keyFieldsIn(s.questions)).toEqual([])
    expect(s.remaining_sec).toBeGreaterThan(59 * 60)
    expect(new Date(s.deadline).getTime() - new Date(s.started_at).getTime()).toBe(60 * 60 * 1000)
    const resumed = await post('/api/v1/exams/sessions', learner, { template_id: t.id })
    expect(resumed.status).toBe(200)
    expect(resumed.body).toMatchObject({ id: s.id, resumed: true })
    const listed = (await get('/api/v1/exams/templates', learner)).body.find((x: { id: number }) => x.id === t.id)
    expect(listed).toMatchObject({ attempts_used: 1, open_session: { id: s.id }, can_start: true })

    const [q1, q2, q3] = questionIds
    const path = `/api/v1/exams/sessions/${s.id}/attempts`
    const first = await post(path, learner, { ...(await answerFor(payload, q1, false)), time_spent_sec: 40 })
    expect(first.body).toMatchObject({ saved: 1, answered: 1, total: 6 })
    expect(keyFieldsIn(first.body)).toEqual([])
    const batch = await post(path, learner, { answers: [{ ...(await answerFor(payload, q1, true)), time_spent_sec: 20 }, await answerFor(payload, q2, true), { question_id: q3, flagged: true }] })
    expect(batch.body).toMatchObject({ saved: 3, answered: 2, flagged: [q3] })
    const view = (await get(`/api/v1/exams/sessions/${s.id}`, learner)).body
    expect(view.answers.map((a: { question_id: number }) => a.question_id).sort()).toEqual([q1, q2].sort())
    expect(view.flagged).toEqual([q3])
    expect(keyFieldsIn(view.questions)).toEqual([])
    expect(view.answers.every((a: Record<string, unknown>) => !('is_correct' in a) && !('score' in a))).toBe(true)
    expect((await get(`/api/v1/exams/sessions/${s.id}/review`, learner)).status).toBe(409)

    const [one, two] = await Promise.all([post(`/api/v1/exams/sessions/${s.id}/submit`, learner, {}), post(`/api/v1/exams/sessions/${s.id}/submit`, learner, {})])
    expect(one.body).toEqual(two.body)
    expect(one.body).toMatchObject({ status: 'submitted', answered: 2, correct: 2, total: 6, score_percent: 33.33, passed: false, time_spent_sec: 60, auto_submitted: false })
    expect((await post(`/api/v1/exams/sessions/${s.id}/submit`, learner, {})).body).toEqual(one.body)
    const late = await post(path, learner, await answerFor(payload, questionIds[3], true))
    expect(late.status).toBe(409)
    expect(await countRows(payload, 'responses', 'exam_session_id = $1 and question_id = $2', [s.id, questionIds[3]])).toBe(0)

    const review = await get(`/api/v1/exams/sessions/${s.id}/review`, learner)
    expect(review.status).toBe(200)
    expect(review.body).toMatchObject({ id: s.id, template: { name: t.name }, score_percent: 33.33 })
    const q1Review = review.body.attempts.find((a: { question_id: number }) => a.question_id === q1)
    const key = await keyOf(payload, q1)
    expect(q1Review).toMatchObject({ is_correct: true, correct_option_ids: key.correct.length ? key.correct : expect.any(Array) })
    expect(q1Review.explanation.length).toBeGreaterThan(50)
    const history = (await get('/api/v1/exams/sessions', learner)).body
    expect(history.docs.find((d: { id: number }) => d.id === s.id)).toMatchObject({ score_percent: 33.33, time_spent_sec: 60, template: { name: t.name } })
    expect((await get(`/api/v1/exams/sessions/${s.id}`, await learnerToken('learner@practica.test'))).status).toBe(404)
  })

  it('refuses bad answers with a clear 4xx and writes nothing', async () => {
    const t = await template()
    const learner = await learnerToken('learner2@practica.test')
    const s = (await post('/api/v1/exams/sessions', learner, { template_id: t.id })).body
    const path = `/api/v1/exams/sessions/${s.id}/attempts`
    const sba = s.questions.find((q: { type: string }) => q.type === 'sba')
    const good = await answerFor(payload, sba.id, true)
    const cases: [string, unknown, RegExp, string?][] = [
      ['outside the session', { question_id: questionIds[11], selected_option_ids: [] }, /not in exam session/, 'question_id'],
      ['unknown option', { answers: [good, { question_id: questionIds[1], selected_option_ids: ['nope'] }] }, /not an option/],
      ['twice in one batch', { answers: [good, good] }, /appears twice/, 'answers.1.question_id'],
      ['empty', { question_id: sba.id }, /Send an answer or a flag/],
      ['bad confidence', { ...good, confidence: 'very' }, /confidence|option/i],
    ]
    for (const [name, body, message, at] of cases) {
      const res = await post(path, learner, body)
      expect(res.status, name).toBe(400)
      expect(res.body.errors[0].message, name).toMatch(message)
      if (at) expect(res.body.errors[0].path, name).toBe(at)
    }
    expect(await countRows(payload, 'responses', 'exam_session_id = $1', [s.id])).toBe(0)
    expect((await post('/api/v1/exams/sessions', learner, { template_id: 'x' })).status).toBe(400)
    expect((await post('/api/v1/exams/sessions', learner, { template_id: 99999 })).status).toBe(404)
  })

  it('is server-timed: late answers are refused and the session is submitted with what was saved, on access or by the sweep', async () => {
    const t = await template()
    const learner = await learnerToken('learner2@practica.test')
    const s = (await post('/api/v1/exams/sessions', learner, { template_id: t.id })).body
    await post(`/api/v1/exams/sessions/${s.id}/attempts`, learner, await answerFor(payload, questionIds[0], true))
    await sql(`update exam_sessions set deadline = now() - interval '1 second' where id = $1`, [s.id])
    const late = await post(`/api/v1/exams/sessions/${s.id}/attempts`, learner, await answerFor(payload, questionIds[1], true))
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toMatch(/ran out/)
    expect(late.body.result).toMatchObject({ status: 'submitted', auto_submitted: true, answered: 1, correct: 1 })
    expect(await countRows(payload, 'responses', 'exam_session_id = $1', [s.id])).toBe(1)

    const other = await template()
    const s2 = (await post('/api/v1/exams/sessions', learner, { template_id: other.id })).body
    await sql(`update exam_sessions set deadline = now() - interval '1 second' where id = $1`, [s2.id])
    expect((await get(`/api/v1/exams/sessions/${s2.id}`, learner)).body).toMatchObject({ status: 'submitted', auto_submitted: true, remaining_sec: 0 })

    const third = await template()
    const s3 = (await post('/api/v1/exams/sessions', learner, { template_id: third.id })).body
    await sql(`update exam_sessions set deadline = now() - interval '1 second' where id = $1`, [s3.id])
    expect(await submitOverdueSessions(payload)).toBeGreaterThanOrEqual(1)
    const { rows } = await sql(`select status, auto_submitted from exam_sessions where id = $1`, [s3.id])
    expect(rows[0]).toEqual({ status: 'submitted', auto_submitted: true })
  })

  it('enforces the attempt limit and the availability window; the deadline never passes the window', async () => {
    const learner = await learnerToken('learner2@practica.test')
    const limited = await template({ attemptLimit: 1 })
    const s = (await post('/api/v1/exams/sessions', learner, { template_id: limited.id })).body
    await post(`/api/v1/exams/sessions/${s.id}/submit`, learner, {})
    const again = await post('/api/v1/exams/sessions', learner, { template_id: limited.id })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/used all 1 attempt/)

    const future = await template({ availableFrom: new Date(Date.now() + 86_400_000).toISOString() })
    expect((await post('/api/v1/exams/sessions', learner, { template_id: future.id })).body.errors[0].message).toMatch(/opens at/)
    const closing = await template({ availableUntil: new Date(Date.now() + 10 * 60_000).toISOString(), reviewPolicy: 'after-window' })
    const short = (await post('/api/v1/exams/sessions', learner, { template_id: closing.id })).body
    expect(short.remaining_sec).toBeLessThanOrEqual(10 * 60)
    await post(`/api/v1/exams/sessions/${short.id}/submit`, learner, {})
    const held = await get(`/api/v1/exams/sessions/${short.id}/review`, learner)
    expect(held.status).toBe(403)
    expect(held.body.errors[0].message).toMatch(/window closes/)
    const never = await template({ reviewPolicy: 'never' })
    const n = (await post('/api/v1/exams/sessions', learner, { template_id: never.id })).body
    await post(`/api/v1/exams/sessions/${n.id}/submit`, learner, {})
    expect((await get(`/api/v1/exams/sessions/${n.id}/review`, learner)).status).toBe(403)
  })

  it('draws a blueprint per session and shuffles options with relabelled letters, grading by option id', async () => {
    const learner = await learnerToken('learner@practica.test')
    const t = await template({
      selection: 'blueprint',
      questions: [],
      blueprint: [
        { category: categories['urology'], count: 3 },
        { category: categories['neurosurgery'], count: 2 },
      ],
      shuffleOptions: true,
      scoring: { mode: 'partial', negativeMarking: 0.25 },
    })
    expect(t.totalQuestions).toBe(5)
    const s = (await post('/api/v1/exams/sessions', learner, { template_id: t.id })).body
    expect(s.questions.map((q: { category: { slug: string } }) => q.category.slug)).toEqual(['urology', 'urology', 'urology', 'neurosurgery', 'neurosurgery'])
    const choice = s.questions.find((q: { type: string }) => q.type === 'sba')
    if (choice) expect(choice.options.map((o: { label: string }) => o.label)).toEqual(['A', 'B', 'C', 'D', 'E'].slice(0, choice.options.length))
    const wrong = await answerFor(payload, s.questions[0].id, false)
    await post(`/api/v1/exams/sessions/${s.id}/attempts`, learner, wrong)
    const result = (await post(`/api/v1/exams/sessions/${s.id}/submit`, learner, {})).body
    expect(result.score).toBeLessThanOrEqual(0)
    expect(result.score_percent).toBe(0)
    const tooBig = await template({ selection: 'blueprint', questions: [], blueprint: [{ category: categories['urology'], count: 500 }] })
    const refused = await post('/api/v1/exams/sessions', learner, { template_id: tooBig.id })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/asks for 500 questions/)
  })

  it('scores certainty-based marking with the confidence the learner states', async () => {
    const learner = await learnerToken('hospital-learner@practica.test')
    const t = await template({ questions: questionIds.slice(0, 2), scoring: { mode: 'all-or-nothing', certaintyBased: true }, shared: false })
    // hospital-learner is not in the academy: give the paper to everyone via a platform admin.
    const admin = await login('admin@practica.test', DEMO_PASSWORD)
    await api('PATCH', `/api/v1/exam-templates/${t.id}`, { token: admin, body: { shared: true } })
    const s = (await post('/api/v1/exams/sessions', learner, { template_id: t.id })).body
    expect(s.certainty_based).toBe(true)
    await post(`/api/v1/exams/sessions/${s.id}/attempts`, learner, {
      answers: [
        { ...(await answerFor(payload, questionIds[0], true)), confidence: 'high' },
        { ...(await answerFor(payload, questionIds[1], false)), confidence: 'medium' },
      ],
    })
    const result = (await post(`/api/v1/exams/sessions/${s.id}/submit`, learner, {})).body
    expect(result).toMatchObject({ score: 1, max_score: 6, correct: 1 })
  })

  it('replays submits by Idempotency-Key and offers every flow over GraphQL without keys', async () => {
    const t = await template({ questions: questionIds.slice(0, 3) })
    const learner = await learnerToken('learner2@practica.test')
    const started = await gql('mutation($t: Int!) { startExam(templateId: $t) }', { t: t.id }, learner)
    const s = started.body.data.startExam
    expect(keyFieldsIn(s.questions)).toEqual([])
    const saved = await gql('mutation($id: Int!, $a: PracticaJSON!) { saveExamAnswers(sessionId: $id, answers: $a) }', { id: s.id, a: [await answerFor(payload, questionIds[0], true)] }, learner)
    expect(saved.body.data.saveExamAnswers).toMatchObject({ saved: 1, answered: 1 })
    const read = await gql('query($id: Int!) { examSession(sessionId: $id) }', { id: s.id }, learner)
    expect(keyFieldsIn(read.body.data.examSession.questions)).toEqual([])
    const early = await gql('query($id: Int!) { examReview(sessionId: $id) }', { id: s.id }, learner)
    expect(early.body.errors[0].message).toMatch(/once the exam is submitted/)
    const key = `submit-${s.id}`
    const submitted = await post(`/api/v1/exams/sessions/${s.id}/submit`, learner, {}, { 'Idempotency-Key': key })
    const replay = await post(`/api/v1/exams/sessions/${s.id}/submit`, learner, {}, { 'Idempotency-Key': key })
    expect(replay.body).toEqual(submitted.body)
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    const review = await gql('query($id: Int!) { examReview(sessionId: $id) }', { id: s.id }, learner)
    expect(review.body.data.examReview.attempts).toHaveLength(3)
    const list = await gql('{ examSessions(limit: 5) examTemplates }', {}, learner)
    expect(list.body.data.examSessions.docs[0].id).toBe(s.id)
    expect(list.body.data.examTemplates.some((x: { id: number }) => x.id === t.id)).toBe(true)
  })
})

describe('analytics aggregates after these scenarios', () => {
  itKeepsAggregatesConsistent(() => payload)
})
