import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { checkAggregates } from '../../plugins/analytics/aggregates/consistency'
import { refreshQuestionQuality } from '../../plugins/analytics/items/quality'
import { poolOf } from '../../src/db/sql'
import { getTestApp } from '../helpers/app'
import { answerFor, get, keyOf, post } from '../helpers/engine'
import { api, login } from '../helpers/rest'
import { ensureSeeded, institutionId } from '../helpers/seedFixtures'

let payload: Payload
const stamp = Date.now().toString(36)
const PASSWORD = 'analytics-passphrase-1'

/** A learner of its own (a fresh history), in a fresh institution unless one is given. */
async function newLearner(name: string, institution: number, timezone = 'UTC') {
  const email = `${name}-${stamp}@practica.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name, timezone, _verified: true, memberships: [{ institution, roles: ['learner'] }] } as never,
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  return { id: user.id as number, token: await login(email, PASSWORD) }
}

async function practise(token: string, category: string, plan: { right: boolean; time: number }[]) {
  const session = (await post('/api/v1/practice/sessions', token, { categories: [category], question_count: plan.length })).body
  for (const [i, step] of plan.entries()) {
    const answer = await answerFor(payload, session.question_ids[i], step.right)
    expect((await post(`/api/v1/practice/sessions/${session.id}/attempts`, token, { ...answer, time_spent_sec: step.time })).status).toBe(200)
  }
  return session as { id: number; question_ids: number[]; questions: { id: number; type: string }[] }
}

let institution: number
beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  institution = (await payload.create({ collection: 'institutions', data: { name: `Analytics College ${stamp}`, slug: `analytics-${stamp}` } as never, overrideAccess: true })).id as number
})

describe('analytics plugin', () => {
  it('keeps the dashboard true to what the learner did: answers, changed answers, flags, completion, exams', async () => {
    // In the academy, whose mock exams the seed provides.
    const me = await newLearner('dash', await institutionId(payload, 'royal-surgical-academy'), 'Pacific/Auckland')
    const empty = await get('/api/v1/dashboard', me.token)
    expect(empty.status).toBe(200)
    expect(empty.body).toMatchObject({
      overall_progress: { completed: 0, total: 25 },
      performance: { avg_score_percent: 0, correct: 0, incorrect: 0 },
      study_time: { hours_this_week: 0, delta_vs_last_week: 0 },
      recent_activity: { last_practice: null, last_exam: null },
    })
    // Suggested topics and featured resources come from the recommendations plugin and the resources (tests/int/recommendations.int.spec.ts).

    const session = await practise(me.token, 'urology', [
      { right: true, time: 1200 },
      { right: true, time: 1200 },
      { right: false, time: 600 },
    ])
    // The third answer is changed to a right one (more time spent); a fourth question is only flagged.
    const third = await answerFor(payload, session.question_ids[2], true)
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, me.token, { ...third, time_spent_sec: 600 })
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, me.token, { question_id: session.question_ids[2], flagged: true, time_spent_sec: 30 })
    expect((await post(`/api/v1/practice/sessions/${session.id}/complete`, me.token, {})).status).toBe(200)

    const dash = (await get('/api/v1/dashboard', me.token)).body
    expect(dash.performance).toEqual({ avg_score_percent: 100, correct: 3, incorrect: 0 })
    expect(dash.study_time.hours_this_week).toBe(1) // 1200 + 1200 + 600 + 600 + 30 seconds
    expect(dash.recent_activity.last_practice).toEqual({ days_ago: 0, score_percent: 100, correct: 3, incorrect: 0, answered: 3, categories: ['Urology'] })

    const templates = (await get('/api/v1/exams/templates', me.token)).body
    const template = (templates.docs ?? templates).find((t: { name: string }) => t.name === 'Mock Exam A, Paper 2')
    const exam = (await post('/api/v1/exams/sessions', me.token, { template_id: template.id })).body
    const answers = await Promise.all(exam.questions.slice(0, 4).map(async (q: { id: number }, i: number) => ({ ...(await answerFor(payload, q.id, i < 3)), time_spent_sec: 60 })))
    expect((await post(`/api/v1/exams/sessions/${exam.id}/attempts`, me.token, { answers })).status).toBe(200)
    const submitted = (await post(`/api/v1/exams/sessions/${exam.id}/submit`, me.token, {})).body
    const after = (await get('/api/v1/dashboard', me.token)).body
    expect(after.recent_activity.last_exam).toEqual({ days_ago: 0, exam: 'Mock Exam A, Paper 2', score_percent: submitted.score_percent, time_spent_min: 4, answered: 4 })
    expect(after.performance).toEqual({ avg_score_percent: 85.71, correct: 6, incorrect: 1 })

    const overview = (await get('/api/v1/analytics/overview', me.token)).body
    expect(overview).toMatchObject({ answered: 7, correct: 6, incorrect: 1, active_days: 1, practice_sessions_completed: 1, exams_submitted: 1, exam_average_percent: submitted.score_percent })

    const categories = (await get('/api/v1/analytics/categories', me.token)).body
    expect(categories).toHaveLength(25)
    const urology = categories.find((c: { slug: string }) => c.slug === 'urology')
    expect(urology.progress).toEqual({ answered: 3, correct: 3, score_percent: 100 })
    expect(urology.subcategories.reduce((n: number, s: { progress: { answered: number } }) => n + s.progress.answered, 0)).toBe(3)
  })

  it('serves study-time, heatmap and trend series, and refuses ranges outside the allowed values with 400', async () => {
    const me = await newLearner('series', institution, 'America/New_York')
    await practise(me.token, 'neurosurgery', [
      { right: true, time: 90 },
      { right: false, time: 30 },
    ])
    const week = (await get('/api/v1/analytics/study-time?range=week', me.token)).body
    expect(week.series).toHaveLength(7)
    expect(week.series.find((p: { start: string }) => p.start === week.today)).toMatchObject({ answered: 2, correct: 1, time_spent_sec: 120 })
    expect((await get('/api/v1/analytics/study-time?range=month', me.token)).body.series).toHaveLength(30)
    const year = (await get('/api/v1/analytics/study-time?range=year', me.token)).body
    expect(year).toMatchObject({ unit: 'month' })
    expect(year.series).toHaveLength(12)
    expect(year.series.at(-1)).toMatchObject({ answered: 2, time_spent_sec: 120 })

    const heat = (await get('/api/v1/analytics/heatmap', me.token)).body
    expect(heat.days).toEqual([{ date: week.today, answered: 2, time_spent_sec: 120 }])
    const trends = (await get('/api/v1/analytics/trends?weeks=4', me.token)).body
    expect(trends.weeks).toHaveLength(4)
    expect(trends.weeks.at(-1)).toMatchObject({ answered: 2, correct: 1, score_percent: 50 })
    expect(trends.weeks[0].score_percent).toBeNull()

    for (const path of ['/api/v1/analytics/study-time?range=decade', '/api/v1/analytics/trends?weeks=0', '/api/v1/analytics/trends?weeks=500', '/api/v1/analytics/trends?weeks=abc']) {
      const bad = await get(path, me.token)
      expect(bad.status, path).toBe(400)
      expect(bad.body.errors[0].message, path).toMatch(/range|weeks/)
    }
    for (const path of ['/api/v1/dashboard', '/api/v1/analytics/overview', '/api/v1/analytics/categories', '/api/v1/analytics/peers']) expect((await get(path)).status, path).toBe(401)
    expect((await api('POST', '/api/v1/analytics/heartbeat', { body: {} })).status).toBe(401)
  })

  it('credits heartbeats to study time, bounded per interval, ignoring duplicates', async () => {
    const me = await newLearner('heartbeat', institution)
    const beat = () => post('/api/v1/analytics/heartbeat', me.token, {})
    expect((await beat()).body).toEqual({ credited_sec: 0, duplicate: false }) // the first starts a stretch
    expect((await beat()).body).toEqual({ credited_sec: 0, duplicate: true })
    const rewind = (sec: number) => poolOf(payload).query(`update analytics_learners set heartbeat_at = now() - make_interval(secs => $2) where user_id = $1`, [me.id, sec])
    await rewind(45)
    expect((await beat()).body).toMatchObject({ credited_sec: 45 })
    await rewind(100)
    expect((await beat()).body).toMatchObject({ credited_sec: 60 }) // at most one interval
    await rewind(3600)
    expect((await beat()).body).toMatchObject({ credited_sec: 0 }) // a break: a new stretch
    const overview = (await get('/api/v1/analytics/overview', me.token)).body
    expect(overview.study_time_hours).toBe(Math.round((105 / 3600) * 100) / 100)
    expect((await post('/api/v1/analytics/heartbeat', me.token, { seconds: 5000 })).status).toBe(400)
  })

  it('ranks a learner among the learners of the same institution only when the cohort is large enough', async () => {
    const peersInstitution = (await payload.create({ collection: 'institutions', data: { name: `Peer School ${stamp}`, slug: `peers-${stamp}` } as never, overrideAccess: true })).id as number
    const learners = []
    for (let i = 0; i < 5; i++) learners.push(await newLearner(`peer${i}`, peersInstitution))
    // Learner i answers 4 questions, i of them right (0 %, 25 %, 50 %, 75 %, 100 %).
    for (const [i, l] of learners.slice(0, 4).entries()) await practise(l.token, 'transplantation', [0, 1, 2, 3].map((n) => ({ right: n < i, time: 10 })))
    const small = (await get('/api/v1/analytics/peers', learners[2].token)).body
    expect(small.min_cohort).toBe(5)
    expect(small.institutions[0].overall).toMatchObject({ cohort_size: 4, score_percent: 50, percentile: null })

    await practise(learners[4].token, 'transplantation', [0, 1, 2, 3].map(() => ({ right: true, time: 10 })))
    const ranked = (await get('/api/v1/analytics/peers', learners[2].token)).body.institutions[0]
    expect(ranked).toMatchObject({ id: peersInstitution, overall: { cohort_size: 5, score_percent: 50, percentile: 50 } })
    expect(ranked.categories).toEqual([expect.objectContaining({ slug: 'transplantation', cohort_size: 5, percentile: 50 })])
    expect((await get('/api/v1/analytics/peers', learners[4].token)).body.institutions[0].overall.percentile).toBe(90)
  })

  it('shows instructors and admins their institution’s cohort: activity, scores, distribution, weakest categories, learners at risk', async () => {
    const school = (await payload.create({ collection: 'institutions', data: { name: `Cohort School ${stamp}`, slug: `cohort-${stamp}` } as never, overrideAccess: true })).id as number
    const [weak, strong] = [await newLearner('weak', school), await newLearner('strong', school)]
    const idle = await newLearner('idle', school)
    await practise(weak.token, 'urology', Array.from({ length: 10 }, (_, n) => ({ right: n < 2, time: 10 })))
    await practise(strong.token, 'urology', Array.from({ length: 10 }, (_, n) => ({ right: n < 9, time: 10 })))
    const email = `cohort-instructor-${stamp}@practica.test`
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: 'Cohort instructor', _verified: true, memberships: [{ institution: school, roles: ['instructor'] }] } as never, disableVerificationEmail: true, overrideAccess: true })
    const instructor = await login(email, PASSWORD)

    const view = await get('/api/v1/analytics/cohort', instructor) // their only institution
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({
      institution: { id: school },
      learners: 3,
      learners_with_answers: 2,
      active_learners: { last_7_days: 2, last_30_days: 2 },
      average_score_percent: 55,
      weakest_categories: [expect.objectContaining({ slug: 'urology', answered: 20, correct: 11, learners: 2, score_percent: 55 })],
    })
    expect(view.body.score_distribution.find((b: { from: number }) => b.from === 20).learners).toBe(1)
    expect(view.body.at_risk.map((l: { id: number; reasons: string[] }) => [l.id, l.reasons])).toEqual([
      [weak.id, ['low-score']],
      [idle.id, ['inactive']],
    ])

    const admin = await login('admin@practica.test', 'practica-demo')
    expect((await get(`/api/v1/analytics/cohort?institution=${school}`, admin)).status).toBe(200)
    expect((await get(`/api/v1/analytics/cohort?institution=${school}`, await login('instructor@practica.test', 'practica-demo'))).status).toBe(403)
    expect((await get(`/api/v1/analytics/cohort?institution=${school}`, weak.token)).status).toBe(403)
    expect((await get('/api/v1/analytics/cohort', strong.token)).status).toBe(403)
    expect((await get(`/api/v1/analytics/cohort?institution=${school}&inactive_days=0`, instructor)).status).toBe(400)
    expect((await get('/api/v1/analytics/cohort?institution=999999', admin)).status).toBe(404)
  })

  it('gives editors and examiners Moodle’s item statistics for a paper, and flags items that discriminate badly', async () => {
    const academy = await institutionId(payload, 'royal-surgical-academy')
    const found = await payload.find({ collection: 'questions', where: { 'category.slug': { equals: 'neurosurgery' }, type: { equals: 'sba' } }, sort: 'id', limit: 3, depth: 0, overrideAccess: true })
    const ids = found.docs.map((q) => q.id as number)
    const template = await payload.create({ collection: 'exam-templates', overrideAccess: true, data: { name: `Item analysis ${stamp}`, durationMinutes: 30, selection: 'fixed', questions: ids, institution: academy, active: true, reviewPolicy: 'immediate' } as never })
    // Five sittings: question 1 right for the stronger, question 3 right only for a weak one (it discriminates backwards).
    const plans = [[true, true, false], [true, true, false], [true, false, false], [false, false, true], [false, false, false]]
    for (const [n, plan] of plans.entries()) {
      const l = await newLearner(`items${n}`, academy)
      const exam = (await post('/api/v1/exams/sessions', l.token, { template_id: template.id })).body
      const answers = await Promise.all(ids.map(async (q, k) => answerFor(payload, q, plan[k])))
      expect((await post(`/api/v1/exams/sessions/${exam.id}/attempts`, l.token, { answers })).status).toBe(200)
      expect((await post(`/api/v1/exams/sessions/${exam.id}/submit`, l.token, {})).status).toBe(200)
    }
    const examiner = await login('examiner@practica.test', 'practica-demo')
    const res = await get(`/api/v1/analytics/items?template=${template.id}`, examiner)
    expect(res.status).toBe(200)
    expect(res.body.test).toMatchObject({ attempts: 5, median: 1 })
    expect(res.body.test.mean).toBeCloseTo(1.2)
    expect(res.body.items.map((i: { question: number; facility: number }) => [i.question, i.facility])).toEqual([[ids[0], 0.6], [ids[1], 0.4], [ids[2], 0.2]])
    const third = res.body.items[2]
    expect(third.discriminationindex).toBeLessThan(0)
    expect(third.flags).toContain('negative-discrimination')
    expect(res.body.items[0].discriminationindex).toBeGreaterThan(0)

    // The question list's computed column, for staff only.
    expect(await refreshQuestionQuality(payload)).toBeGreaterThanOrEqual(3)
    const asExaminer = await get(`/api/v1/questions/${ids[2]}`, examiner)
    expect(asExaminer.body.itemQuality).toMatch(/^(⚠ .+|OK) \(facility \d+ %, discrimination -?\d+\)$/)
    const asLearner = await get(`/api/v1/questions/${ids[2]}`, await login('learner@practica.test', 'practica-demo'))
    expect(asLearner.status).toBe(200)
    expect(asLearner.body).not.toHaveProperty('itemQuality')
    expect((await get(`/api/v1/analytics/items?template=${template.id}`, await login('learner@practica.test', 'practica-demo'))).status).toBe(403)
    expect((await get(`/api/v1/analytics/items?template=${template.id}`, await login('hospital-admin@practica.test', 'practica-demo'))).status).toBe(403)
    expect((await get('/api/v1/analytics/items?template=abc', examiner)).status).toBe(400)
    expect((await get('/api/v1/analytics/items?template=999999', examiner)).status).toBe(404)
  })

  it('recomputes every aggregate from the responses and finds no difference; a tampered aggregate is reported and repaired', async () => {
    const clean = await checkAggregates(payload)
    expect(clean.differences).toEqual([])
    const me = await newLearner('tamper', institution)
    await practise(me.token, 'urology', [{ right: true, time: 20 }])
    await poolOf(payload).query(`update analytics_learner_days set answered = answered + 5 where user_id = $1`, [me.id])
    const found = await checkAggregates(payload)
    expect(found.differences).toEqual([expect.objectContaining({ table: 'analytics_learner_days', key: expect.objectContaining({ user_id: me.id }), expected: expect.objectContaining({ answered: 1 }), actual: expect.objectContaining({ answered: 6 }) })])
    expect((await checkAggregates(payload, { fix: true })).fixed).toBe(true)
    expect((await checkAggregates(payload)).differences).toEqual([])
  })

  it('recounts study days when the learner changes time zone', async () => {
    const me = await newLearner('travel', institution, 'UTC')
    await practise(me.token, 'urology', [{ right: true, time: 10 }])
    // Move the answer to 23:30 UTC yesterday: a different local day in Auckland (UTC+13 in November).
    await poolOf(payload).query(`update responses set answered_at = date_trunc('day', now()) - interval '30 minutes' where user_id = $1`, [me.id])
    expect((await checkAggregates(payload, { fix: true })).fixed).toBe(true)
    const day = async () => (await poolOf(payload).query<{ day: string }>(`select day::text as day from analytics_learner_days where user_id = $1 and answered > 0`, [me.id])).rows.map((r) => r.day)
    const utcDay = await day()
    await payload.update({ collection: 'users', id: me.id, data: { timezone: 'Pacific/Auckland' } as never, overrideAccess: true })
    const aucklandDay = await day()
    expect(aucklandDay).toHaveLength(1)
    expect(aucklandDay).not.toEqual(utcDay)
    expect((await checkAggregates(payload)).differences).toEqual([])
  })

  it('counts each option chosen per question (changed answers move the count)', async () => {
    const me = await newLearner('options', institution)
    const session = (await post('/api/v1/practice/sessions', me.token, { categories: ['urology'], question_count: 12 })).body
    const sba = session.questions.find((q: { type: string }) => q.type === 'sba')
    const key = await keyOf(payload, sba.id)
    const counts = async () => {
      const { rows } = await poolOf(payload).query<{ option_id: string; chosen: number }>(`select option_id, chosen from analytics_question_options where question_id = $1`, [sba.id])
      return Object.fromEntries(rows.map((r) => [r.option_id, r.chosen]))
    }
    const before = await counts()
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, me.token, { question_id: sba.id, selected_option_ids: [key.wrong[0]] })
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, me.token, { question_id: sba.id, selected_option_ids: key.correct })
    const after = await counts()
    expect((after[key.correct[0]] ?? 0) - (before[key.correct[0]] ?? 0)).toBe(1)
    expect((after[key.wrong[0]] ?? 0) - (before[key.wrong[0]] ?? 0)).toBe(0)
    expect((await checkAggregates(payload)).differences).toEqual([])
  })
})
