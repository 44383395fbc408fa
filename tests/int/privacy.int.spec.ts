import { unzipSync, strFromU8 } from 'fflate'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/db/sql'
import { getTestApp } from '../helpers/app'
import { answerFor, post } from '../helpers/engine'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId } from '../helpers/seedFixtures'
import { itKeepsAggregatesConsistent } from '../helpers/aggregates'

let payload: Payload
beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
})

async function newLearner(institution: string) {
  const email = `privacy-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@practica.test`
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: { email, name: 'Pat Private', password: DEMO_PASSWORD, _verified: true, roles: [], memberships: [{ institution: await institutionId(payload, institution), roles: ['learner'] }] },
  })
  return { id: user.id, email, token: await login(email, DEMO_PASSWORD) }
}

async function exportOf(token: string) {
  const res = await fetchZip(token)
  return Object.fromEntries(Object.entries(unzipSync(res)).map(([name, bytes]) => [name, name.endsWith('.json') ? JSON.parse(strFromU8(bytes)) : strFromU8(bytes)]))
}
async function fetchZip(token: string): Promise<Uint8Array> {
  const response = await api('GET', '/api/v1/me/export', { token, headers: { accept: 'application/octet-stream' } })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/zip')
  return response.body as Uint8Array
}

describe('personal data (GDPR)', () => {
  it('exports everything about the caller as JSON in a zip, without secrets', async () => {
    const learner = await newLearner('royal-surgical-academy')
    const session = (await post('/api/v1/practice/sessions', learner.token, { question_count: 2 })).body
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner.token, await answerFor(payload, session.question_ids[0], true))
    const files = await exportOf(learner.token)
    expect(Object.keys(files).sort()).toEqual([
      'README.txt', 'api-keys.json', 'exam-sessions.json', 'practice-sessions.json', 'profile.json', 'question-imports.json',
      // plugins/recommendations adds what it holds.
      'recommendations-mastery.json', 'recommendations-review-queue.json', 'recommendations-suggestions.json', 'responses.json',
    ])
    expect(files['recommendations-mastery.json']).toHaveLength(1)
    expect(files['profile.json']).toMatchObject({ email: learner.email, name: 'Pat Private' })
    expect(JSON.stringify(files['profile.json'])).not.toMatch(/"(hash|salt|sessions)"/)
    expect(files['practice-sessions.json']).toHaveLength(1)
    expect(files['responses.json']).toHaveLength(1)
    expect((await api('GET', '/api/v1/me/export')).status).toBe(401)
  })

  it('erases the caller after password confirmation: anonymised, signed out, learning records kept anonymous', async () => {
    const learner = await newLearner('royal-surgical-academy')
    const session = (await post('/api/v1/practice/sessions', learner.token, { question_count: 1 })).body
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner.token, await answerFor(payload, session.question_ids[0], true))
    const refused = await api('DELETE', '/api/v1/me', { token: learner.token, body: { password: 'wrong' } })
    expect(refused.status).toBe(403)
    expect((await api('DELETE', '/api/v1/me', { token: learner.token, body: {} })).status).toBe(400)
    const erased = await api('DELETE', '/api/v1/me', { token: learner.token, body: { password: DEMO_PASSWORD } })
    expect(erased.status).toBe(200)
    const { rows } = await poolOf(payload).query('select name, email, hash, bio from users where id = $1', [learner.id])
    expect(rows[0]).toMatchObject({ name: 'Erased user', hash: null, bio: null })
    expect(rows[0].email).toMatch(/@erased\.invalid$/)
    expect((await api('GET', '/api/v1/users/me', { token: learner.token })).body.user).toBeNull()
    expect((await api('POST', '/api/v1/users/login', { body: { email: learner.email, password: DEMO_PASSWORD } })).status).toBe(401)
    const kept = await poolOf(payload).query('select count(*)::int as n from responses where user_id = $1', [learner.id])
    expect(kept.rows[0].n).toBe(1)
  })

  it('lets an admin of every institution the person belongs to erase them, and no one else', async () => {
    const academyLearner = await newLearner('royal-surgical-academy')
    const hospitalAdmin = await login('hospital-admin@practica.test', DEMO_PASSWORD)
    expect((await api('POST', `/api/v1/users/${academyLearner.id}/erase`, { token: hospitalAdmin })).status).toBe(403)
    const instructor = await login('instructor@practica.test', DEMO_PASSWORD)
    expect((await api('POST', `/api/v1/users/${academyLearner.id}/erase`, { token: instructor })).status).toBe(403)
    const academyAdmin = await login('inst-admin@practica.test', DEMO_PASSWORD)
    const done = await api('POST', `/api/v1/users/${academyLearner.id}/erase`, { token: academyAdmin })
    expect(done.status).toBe(200)
    const { rows } = await poolOf(payload).query('select name from users where id = $1', [academyLearner.id])
    expect(rows[0].name).toBe('Erased user')
    expect((await api('POST', '/api/v1/users/999999/erase', { token: academyAdmin })).status).toBe(404)
  })
})

describe('analytics aggregates after these scenarios', () => {
  itKeepsAggregatesConsistent(() => payload)
})
