import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { bktFold } from '../../plugins/recommendations/mastery/bkt'
import { resolveOptions } from '../../plugins/recommendations/options'
import { drainRecomputeQueue } from '../../plugins/recommendations/recompute'
import { poolOf } from '../../src/db/sql'
import { answerFor, get, post } from '../helpers/engine'
import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { ensureSeeded, institutionId } from '../helpers/seedFixtures'
import { DEMO_PASSWORD } from '../helpers/seedFixtures'

let payload: Payload
let academy: number
const stamp = Date.now().toString(36)
const PASSWORD = 'recommend-passphrase-1'
const o = resolveOptions({ topics: { lowScorePercent: 60, minAttempts: 10 }, dismissDays: 7 })
const sql = <T = any>(text: string, params: unknown[] = []) => poolOf(payload).query(text, params).then((r) => r.rows as T[])

async function newLearner(name: string, institution = academy) {
  const email = `${name}-${stamp}@practica.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name, _verified: true, memberships: [{ institution, roles: ['learner'] }] } as never,
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  return { id: user.id as number, token: await login(email, PASSWORD) }
}

/** A practice session in `category`, answering question i right when `right[i]`; completed. */
async function practise(token: string, body: Record<string, unknown>, right: boolean[], confidence?: 'low' | 'medium' | 'high') {
  const started = await post('/api/v1/practice/sessions', token, { question_count: right.length, ...body })
  expect(started.status, JSON.stringify(started.body)).toBe(201)
  const session = started.body as { id: number; question_ids: number[] }
  for (const [i, questionId] of session.question_ids.entries()) {
    const answer = await answerFor(payload, questionId, right[i] ?? true)
    expect((await post(`/api/v1/practice/sessions/${session.id}/attempts`, token, { ...answer, ...(confidence ? { confidence } : {}) })).status).toBe(200)
  }
  expect((await post(`/api/v1/practice/sessions/${session.id}/complete`, token, {})).status).toBe(200)
  return session
}

const runRecomputeJob = async () => {
  await payload.jobs.queue({ task: 'recommendationsRecomputeQueued', input: {}, queue: 'recommendations' })
  await payload.jobs.run({ queue: 'recommendations', limit: 10 })
}

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  academy = await institutionId(payload, 'royal-surgical-academy')
})

describe('resources', () => {
  it('filters by featured, category and kind, and shows learners only published resources they may see', async () => {
    const { token } = await newLearner('reader')
    const featured = await get('/api/v1/resources?featured=true&limit=100', token)
    expect(featured.status).toBe(200)
    expect(featured.body.docs.length).toBeGreaterThan(0)
    expect(featured.body.docs.every((r: { featured: boolean; _status: string }) => r.featured && r._status === 'published')).toBe(true)

    const urology = await get('/api/v1/resources?category=urology&limit=100&depth=1', token)
    expect(urology.body.docs.length).toBeGreaterThan(0)
    expect(urology.body.docs.every((r: { category: { slug: string } }) => r.category.slug === 'urology')).toBe(true)
    const bySubcategory = await get('/api/v1/resources?category=urology/urinary-stones&depth=1', token)
    expect(bySubcategory.body.docs.map((r: { title: string }) => r.title)).toEqual(['Renal and ureteric stones: assessment and management (NG118)'])
    const documents = await get('/api/v1/resources?kind=document&limit=100', token)
    expect(documents.body.docs.every((r: { kind: string }) => r.kind === 'document')).toBe(true)
    // Filters combine with Payload's own where.
    const combined = await get('/api/v1/resources?featured=true&where[kind][equals]=article&limit=100', token)
    expect(combined.body.docs.every((r: { kind: string; featured: boolean }) => r.kind === 'article' && r.featured)).toBe(true)

    const one = await get(`/api/v1/resources/${urology.body.docs[0].id}`, token)
    expect(one.status).toBe(200)
    expect(one.body.title).toBe(urology.body.docs[0].title)
  })

  it('lets editors draft and publish, keeps drafts and other institutions’ resources from learners, and refuses bad links', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const instructor = await login('instructor@practica.test', DEMO_PASSWORD)
    const { token: learner } = await newLearner('viewer')
    const other = await payload.create({ collection: 'institutions', data: { name: `Elsewhere ${stamp}`, slug: `elsewhere-${stamp}` } as never, overrideAccess: true })
    const { token: outsider } = await newLearner('outsider', other.id as number)

    const bad = await api('POST', '/api/v1/resources', { token: editor, body: { title: 'Bad link', kind: 'article', url: 'javascript:alert(1)', institution: academy, _status: 'published' } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('http(s)')
    const nothing = await api('POST', '/api/v1/resources', { token: editor, body: { title: 'No link', kind: 'article', institution: academy, _status: 'published' } })
    expect(nothing.status).toBe(400)

    const draft = await api('POST', '/api/v1/resources?draft=true', { token: editor, body: { title: `Draft ${stamp}`, kind: 'video', url: 'https://example.org/talk', institution: academy, _status: 'draft' } })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    expect((await get(`/api/v1/resources/${id}`, learner)).status).toBe(404)
    // Instructors may draft but not publish.
    expect((await api('PATCH', `/api/v1/resources/${id}`, { token: instructor, body: { _status: 'published' } })).status).toBe(403)
    const published = await api('PATCH', `/api/v1/resources/${id}`, { token: editor, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    expect(published.body.doc.published_at).toBeTruthy()
    expect((await get(`/api/v1/resources/${id}`, learner)).status).toBe(200)
    // Not shared: another institution's learner does not see it; learners cannot write.
    expect((await get(`/api/v1/resources/${id}`, outsider)).status).toBe(404)
    expect((await api('POST', '/api/v1/resources', { token: learner, body: { title: 'Mine', kind: 'article', url: 'https://example.org' } })).status).toBe(403)
    expect((await get('/api/v1/resources')).status).toBe(403)
  })
})

describe('recommendations', () => {
  it('suggests categories never tried to a new learner, each with resources and the request that starts practice', async () => {
    const me = await newLearner('newcomer')
    const topics = await get('/api/v1/recommendations/topics', me.token)
    expect(topics.status).toBe(200)
    expect(topics.body.topics).toHaveLength(o.topics.max)
    for (const t of topics.body.topics) {
      expect(t).toMatchObject({ reason: 'Not started', reason_code: 'not_started', score_percent: null, practice: { method: 'POST', path: '/api/v1/practice/sessions', body: { categories: [t.slug] } } })
      expect(t.resources.length).toBeLessThanOrEqual(o.topics.resourcesPerTopic)
      expect(t.resources.every((r: { category: { slug: string } }) => r.category.slug === t.slug)).toBe(true)
    }
    // The first category of the bank (Anatomy & Embryology) has seeded resources.
    expect(topics.body.topics[0].slug).toBe('anatomy-embryology')
    expect(topics.body.topics[0].resources.length).toBeGreaterThan(0)
    // The dashboard shows the same suggestions, with the same resources, and featured resources.
    const dashboard = await get('/api/v1/dashboard', me.token)
    expect(dashboard.body.suggested_topics).toEqual(topics.body.topics)
    expect(dashboard.body.featured_resources.length).toBeGreaterThan(0)
    expect(dashboard.body.featured_resources.every((r: { featured: boolean }) => r.featured)).toBe(true)
    // "Practice now" works as given.
    const started = await post(topics.body.topics[0].practice.path, me.token, topics.body.topics[0].practice.body)
    expect(started.status).toBe(201)
  })

  it('computes a new learner’s suggestions when the dashboard is the first thing they open', async () => {
    const me = await newLearner('dashboard-first')
    const dashboard = await get('/api/v1/dashboard', me.token)
    expect(dashboard.status).toBe(200)
    expect(dashboard.body.suggested_topics).toHaveLength(o.topics.max)
    expect(dashboard.body.suggested_topics[0].resources.length).toBeGreaterThan(0)
    const topics = await get('/api/v1/recommendations/topics', me.token)
    expect(topics.body.topics).toEqual(dashboard.body.suggested_topics)
    expect(new Date(topics.body.computed_at).getTime()).toBeLessThanOrEqual(Date.now())
  })

  it('after a weak session, queues a recompute (not inline) and the job suggests the low-scoring category first', async () => {
    const me = await newLearner('weak')
    const before = await get('/api/v1/recommendations/topics', me.token)
    const right = [true, false, false, true, false, false, false, true, false, false, false, false]
    await practise(me.token, { categories: ['urology'] }, right)
    const [queued] = await sql(`select queued_at from rec_learners where user_id = $1`, [me.id])
    expect(queued.queued_at).not.toBeNull()
    // Not recomputed inside the learner's request: the suggestions are as before until the job runs.
    expect((await get('/api/v1/recommendations/topics', me.token)).body.topics).toEqual(before.body.topics)

    await runRecomputeJob()
    const after = await get('/api/v1/recommendations/topics', me.token)
    expect(after.body.topics[0]).toMatchObject({ slug: 'urology', reason: 'Low score', score_percent: 25 })
    expect(after.body.topics[0].practice.body).toEqual({ categories: ['urology'], question_count: o.topics.practiceQuestions, unseen_first: true })
    const [learner] = await sql(`select queued_at from rec_learners where user_id = $1`, [me.id])
    expect(learner.queued_at).toBeNull()
  })

  it('dismisses a suggestion for a while: its own only, 404 otherwise, and it returns when the dismissal expires', async () => {
    const me = await newLearner('dismisser')
    const someoneElse = await newLearner('bystander')
    const topics = (await get('/api/v1/recommendations/topics', me.token)).body.topics as { id: number; slug: string }[]
    const first = topics[0]

    const dismissed = await post('/api/v1/recommendations/dismiss', me.token, { suggestion_id: first.id })
    expect(dismissed.status).toBe(200)
    expect(dismissed.body.dismissed).toMatchObject({ id: first.id, category: first.slug })
    const days = (new Date(dismissed.body.dismissed.expires_at).getTime() - new Date(dismissed.body.dismissed.dismissed_at).getTime()) / 86_400_000
    expect(days).toBeCloseTo(o.dismissDays, 5)
    const now = (await get('/api/v1/recommendations/topics', me.token)).body.topics as { id: number; slug: string }[]
    expect(now.map((t) => t.slug)).not.toContain(first.slug)
    expect(now).toHaveLength(o.topics.max)
    // The suggestions that stayed kept their ids.
    expect(now.slice(0, 4).map((t) => t.id)).toEqual(topics.slice(1, 5).map((t) => t.id))
    // Dismissing again is the same dismissal.
    expect((await post('/api/v1/recommendations/dismiss', me.token, { suggestion_id: first.id })).body.dismissed.expires_at).toBe(dismissed.body.dismissed.expires_at)

    const theirs = (await get('/api/v1/recommendations/topics', someoneElse.token)).body.topics[0]
    const refused = await post('/api/v1/recommendations/dismiss', me.token, { suggestion_id: theirs.id })
    expect(refused.status).toBe(404)
    expect(refused.body.errors[0].message).toMatch(/no suggestion/i)
    expect((await post('/api/v1/recommendations/dismiss', me.token, { suggestion_id: 99_999_999 })).status).toBe(404)
    expect((await post('/api/v1/recommendations/dismiss', me.token, { suggestion_id: 'x' })).status).toBe(400)
    expect((await post('/api/v1/recommendations/dismiss', me.token, {})).status).toBe(400)
    const [theirRow] = await sql(`select dismissed_at from rec_suggestions where id = $1`, [theirs.id])
    expect(theirRow.dismissed_at).toBeNull()

    await sql(`update rec_suggestions set expires_at = now() - interval '1 second' where id = $1`, [first.id])
    await sql(`update rec_learners set queued_at = now() where user_id = $1`, [me.id])
    await runRecomputeJob()
    expect(((await get('/api/v1/recommendations/topics', me.token)).body.topics as { slug: string }[]).map((t) => t.slug)).toContain(first.slug)
  })

  it('keeps mastery per subcategory equal to a replay of the learner’s first answers through BKT', async () => {
    const me = await newLearner('bkt')
    await practise(me.token, { categories: ['orthopaedic-surgery'] }, [true, true, false, true, true, false, true, true])
    // A changed answer is not a second observation.
    const session = (await post('/api/v1/practice/sessions', me.token, { categories: ['orthopaedic-surgery'], question_count: 2 })).body
    const q = session.question_ids[0]
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, me.token, await answerFor(payload, q, false))
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, me.token, await answerFor(payload, q, true))

    const mastery = await get('/api/v1/recommendations/mastery', me.token)
    expect(mastery.status).toBe(200)
    const ortho = mastery.body.categories.find((c: { slug: string }) => c.slug === 'orthopaedic-surgery')
    const observed = ortho.topics.filter((t: { observations: number }) => t.observations > 0)
    expect(observed.reduce((n: number, t: { observations: number }) => n + t.observations, 0)).toBe(9)
    const rows = await sql<{ topic_id: number; p_known: number; observations: number }>(`select topic_id, p_known, observations from rec_mastery where user_id = $1`, [me.id])
    for (const row of rows) {
      const answers = await sql<{ is_correct: boolean }>(
        `select is_correct from responses where user_id = $1 and answered and coalesce(subcategory_id, category_id) = $2 order by answered_at, id`,
        [me.id, row.topic_id],
      )
      const sequence = answers.map((a) => a.is_correct)
      // The changed answer counted as wrong (its first answer), whatever the row says now.
      const changed = (await sql(`select 1 from responses where practice_session_id = $1 and question_id = $2 and coalesce(subcategory_id, category_id) = $3`, [session.id, q, row.topic_id])).length
      if (changed) sequence[sequence.length - 1] = false
      expect(row.observations).toBe(sequence.length)
      expect(row.p_known).toBeCloseTo(bktFold(o.mastery.prior, sequence, o.mastery), 10)
    }
    expect(rows.length).toBeGreaterThan(0)
    expect(ortho.readiness_percent).toBeGreaterThanOrEqual(0)
    expect(ortho.readiness_percent).toBeLessThanOrEqual(100)
  })

  it('queues wrong and unsure answers for review, serves them in review mode when due, and reschedules them', async () => {
    const me = await newLearner('reviewer')
    const wrong = await practise(me.token, { categories: ['neurosurgery'] }, [false, true, false, true])
    await practise(me.token, { categories: ['transplantation'] }, [true, true], 'low')
    await practise(me.token, { categories: ['vascular-surgery'] }, [true, true], 'high')
    const queue = await get('/api/v1/recommendations/review-queue', me.token)
    expect(queue.status).toBe(200)
    expect(queue.body.total).toBe(4)
    const queued = new Set(queue.body.items.map((i: { question_id: number }) => i.question_id))
    expect(queued.has(wrong.question_ids[0]) && queued.has(wrong.question_ids[2])).toBe(true)
    expect(queued.has(wrong.question_ids[1])).toBe(false)
    for (const item of queue.body.items) expect(new Date(item.due_at).getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000)

    // Nothing due yet: a clear 422 naming when the next one is.
    await sql(`update rec_review_items set due_at = now() + interval '1 hour' where user_id = $1`, [me.id])
    const early = await post('/api/v1/practice/sessions', me.token, { mode: 'review' })
    expect(early.status).toBe(422)
    expect(early.body.errors[0].message).toMatch(/next question is due at/)

    // Time passes (the due dates move back): review mode serves the due ones, most overdue first, filtered by category.
    await sql(`update rec_review_items set due_at = now() - (question_id % 7 + 1) * interval '1 hour' where user_id = $1`, [me.id])
    const due = await sql<{ question_id: number; category_id: number }>(`select question_id, category_id from rec_review_items where user_id = $1 order by due_at, question_id`, [me.id])
    const review = await post('/api/v1/practice/sessions', me.token, { mode: 'review', question_count: 10 })
    expect(review.status).toBe(201)
    expect(review.body.question_ids).toEqual(due.map((d) => d.question_id))
    const neuro = await post('/api/v1/practice/sessions', me.token, { mode: 'review', categories: ['neurosurgery'] })
    expect(neuro.body.question_ids.sort()).toEqual([wrong.question_ids[0], wrong.question_ids[2]].sort())

    // Recalling one reschedules it into the future; the queue's count of due items drops.
    const target = review.body.question_ids[0]
    const [card] = await sql(`select reps, due_at from rec_review_items where user_id = $1 and question_id = $2`, [me.id, target])
    await post(`/api/v1/practice/sessions/${review.body.id}/attempts`, me.token, { ...(await answerFor(payload, target, true)), confidence: 'high' })
    const [after] = await sql(`select reps, due_at, last_rating from rec_review_items where user_id = $1 and question_id = $2`, [me.id, target])
    expect(after.reps).toBe(card.reps + 1)
    expect(after.last_rating).toBe('easy')
    expect(new Date(after.due_at).getTime()).toBeGreaterThan(Date.now())
    expect((await get('/api/v1/recommendations/review-queue', me.token)).body.due_now).toBe(3)
  })

  it('learns from an exam only when it is submitted, from its final answers', async () => {
    const me = await newLearner('examinee')
    const template = (await payload.find({ collection: 'exam-templates', where: { name: { equals: 'Mock Exam A, Paper 1' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    const started = await post('/api/v1/exams/sessions', me.token, { template_id: template.id })
    expect(started.status).toBe(201)
    const questions = started.body.questions.slice(0, 6) as { id: number }[]
    expect(questions).toHaveLength(6)
    const answers = []
    for (const [i, q] of questions.entries()) answers.push(await answerFor(payload, q.id, i % 2 === 0))
    expect((await post(`/api/v1/exams/sessions/${started.body.id}/attempts`, me.token, { answers })).status).toBe(200)
    expect(await sql(`select 1 from rec_mastery where user_id = $1`, [me.id])).toHaveLength(0)
    expect((await post(`/api/v1/exams/sessions/${started.body.id}/submit`, me.token, {})).status).toBe(200)
    const [m] = await sql<{ n: number }>(`select coalesce(sum(observations), 0)::int as n from rec_mastery where user_id = $1`, [me.id])
    expect(m.n).toBe(6)
    const [r] = await sql<{ n: number }>(`select count(*)::int as n from rec_review_items where user_id = $1`, [me.id])
    expect(r.n).toBe(3)
    expect((await sql(`select queued_at from rec_learners where user_id = $1`, [me.id]))[0].queued_at).not.toBeNull()
  })

  it('daily recompute: queues active learners, shares the queue between concurrent workers, and is idempotent', async () => {
    const learners = await Promise.all(Array.from({ length: 6 }, (_, i) => newLearner(`daily${i}`)))
    for (const l of learners) await practise(l.token, { categories: ['urology'] }, [false, false, true])
    await sql(`update rec_learners set queued_at = null, computed_at = null`)
    await payload.jobs.queue({ task: 'recommendationsRecomputeDaily', input: {}, queue: 'recommendations' })
    await payload.jobs.run({ queue: 'recommendations', limit: 10 })
    const computed = await sql<{ user_id: number; computed_at: Date | null }>(`select user_id, computed_at from rec_learners where user_id = any($1::int[])`, [learners.map((l) => l.id)])
    expect(computed.every((c) => c.computed_at)).toBe(true)
    const snapshot = await sql(`select id, user_id, category_id, rank, reason_code, score_percent from rec_suggestions where user_id = any($1::int[]) order by id`, [learners.map((l) => l.id)])

    // Two workers at once (two app instances): each learner is recomputed exactly once, and the result is the same.
    await sql(`update rec_learners set queued_at = now() where user_id = any($1::int[])`, [learners.map((l) => l.id)])
    const [{ n: queuedNow }] = await sql<{ n: number }>(`select count(*)::int as n from rec_learners where queued_at is not null`)
    const small = { ...o, recompute: { ...o.recompute, batchSize: 2 } }
    const [a, b] = await Promise.all([drainRecomputeQueue(payload, small), drainRecomputeQueue(payload, small)])
    expect(a + b).toBe(queuedNow)
    expect(await sql(`select 1 from rec_learners where queued_at is not null`)).toHaveLength(0)
    expect(await sql(`select id, user_id, category_id, rank, reason_code, score_percent from rec_suggestions where user_id = any($1::int[]) order by id`, [learners.map((l) => l.id)])).toEqual(snapshot)
  })

  it('answers only signed-in learners, about themselves', async () => {
    expect((await get('/api/v1/recommendations/topics')).status).toBe(401)
    expect((await get('/api/v1/recommendations/mastery')).status).toBe(401)
    expect((await get('/api/v1/recommendations/review-queue')).status).toBe(401)
    expect((await post('/api/v1/recommendations/dismiss', '', { suggestion_id: 1 })).status).toBe(401)
    const me = await newLearner('limits')
    expect((await get('/api/v1/recommendations/review-queue?limit=0', me.token)).status).toBe(400)
  })
})
