import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { forwardStatements } from '../../plugins/analytics/xapi/outbox'
import { poolOf } from '../../src/db/sql'
import { getTestApp } from '../helpers/app'
import { answerFor, post } from '../helpers/engine'
import { api, login } from '../helpers/rest'
import { ensureSeeded, institutionId } from '../helpers/seedFixtures'

let payload: Payload
const stamp = Date.now().toString(36)
const PASSWORD = 'xapi-passphrase-1'

/** A Learning Record Store on loopback: records what it receives; `fail` makes it answer 503. */
const received: { headers: http.IncomingHttpHeaders; statements: Record<string, unknown>[] }[] = []
let fail = false
const lrs = http.createServer((req, res) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    if (fail) {
      res.writeHead(503).end('down for maintenance')
      return
    }
    received.push({ headers: req.headers, statements: JSON.parse(body) })
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received.at(-1)!.statements.map((s) => s.id)))
  })
})

let learner: { id: number; token: string }
beforeAll(async () => {
  payload = await getTestApp()
  // Seeded before an LRS is configured: the demo data's answers queue no statements, so the outbox holds only this file's.
  await ensureSeeded(payload)
  await new Promise<void>((resolve) => lrs.listen(0, '127.0.0.1', resolve))
  process.env.XAPI_LRS_URL = `http://127.0.0.1:${(lrs.address() as AddressInfo).port}/xapi/`
  process.env.XAPI_LRS_USERNAME = 'practica'
  process.env.XAPI_LRS_PASSWORD = 'lrs-secret'
  const email = `xapi-${stamp}@practica.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: 'xAPI learner', _verified: true, memberships: [{ institution: await institutionId(payload, 'royal-surgical-academy'), roles: ['learner'] }] } as never,
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  learner = { id: user.id as number, token: await login(email, PASSWORD) }
})
afterAll(async () => {
  for (const name of ['XAPI_LRS_URL', 'XAPI_LRS_USERNAME', 'XAPI_LRS_PASSWORD']) delete process.env[name]
  await new Promise((resolve) => lrs.close(resolve))
})

const outbox = async () => (await poolOf(payload).query<{ id: string; forwarded_at: Date | null; attempts: number; last_error: string | null }>(`select id, forwarded_at, attempts, last_error from analytics_xapi_outbox where user_id = $1 order by stored_at, id`, [learner.id])).rows

describe('xAPI', () => {
  it('queues a statement with each learning record and forwards them to the LRS, retrying after a failure', async () => {
    const session = (await post('/api/v1/practice/sessions', learner.token, { categories: ['urology'], question_count: 2 })).body
    const graded = []
    for (const [i, q] of session.question_ids.entries()) graded.push((await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner.token, { ...(await answerFor(payload, q, i === 0)), time_spent_sec: 30 })).body)
    // The first answer is the key: full marks, whatever the question is worth (an extended-matching question has a mark per stem).
    const full = graded[0].max_score as number
    expect(graded[0]).toMatchObject({ is_correct: true, score: full })
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner.token, { question_id: session.question_ids[0], flagged: true })
    await post(`/api/v1/practice/sessions/${session.id}/complete`, learner.token, {})
    expect(await outbox()).toHaveLength(3) // two answers and the completion; a flag is not a learning record

    fail = true
    expect(await forwardStatements(payload)).toMatchObject({ sent: 0 })
    const failed = await outbox()
    expect(failed.every((r) => r.forwarded_at === null && r.attempts === 1 && /503/.test(r.last_error ?? ''))).toBe(true)
    fail = false
    expect((await forwardStatements(payload)).sent).toBe(0) // not due yet: back-off
    await poolOf(payload).query(`update analytics_xapi_outbox set next_attempt_at = now() where user_id = $1`, [learner.id])
    await forwardStatements(payload)
    expect((await outbox()).every((r) => r.forwarded_at !== null)).toBe(true)

    const mine = received.flatMap((r) => r.statements).filter((s) => (s.actor as { account: { name: string } }).account.name === `user-${learner.id}`)
    expect(mine.map((s) => (s.verb as { display: Record<string, string> }).display['en-US']).sort()).toEqual(['answered', 'answered', 'completed'])
    expect(mine.find((s) => (s.result as { success?: boolean }).success === true)).toMatchObject({ result: { score: { raw: full, max: full, scaled: 1 }, duration: 'PT30S' } })
    const sent = received.at(-1)!.headers
    expect(sent['x-experience-api-version']).toBe('1.0.3')
    expect(sent.authorization).toBe(`Basic ${Buffer.from('practica:lrs-secret').toString('base64')}`)
    expect(JSON.stringify(mine)).not.toContain('@practica.test')
  })

  it('exports learning records as JSON lines: the learner’s own, or an institution’s for its admins', async () => {
    const text = { accept: 'text/plain' }
    const mine = await api('GET', '/api/v1/analytics/xapi', { token: learner.token, headers: text })
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toMatch(/application\/x-ndjson/)
    const lines = String(mine.body).trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((s) => s.verb.display['en-US']).sort()).toEqual(['answered', 'answered', 'completed'])
    expect(new Set(lines.map((s) => s.actor.account.name))).toEqual(new Set([`user-${learner.id}`]))

    const academy = await institutionId(payload, 'royal-surgical-academy')
    const admin = await login('inst-admin@practica.test', 'practica-demo')
    const all = await api('GET', `/api/v1/analytics/xapi?institution=${academy}`, { token: admin, headers: text })
    expect(all.status).toBe(200)
    expect(String(all.body).trim().split('\n').length).toBeGreaterThan(lines.length)
    expect((await api('GET', `/api/v1/analytics/xapi?institution=${academy}`, { token: learner.token })).status).toBe(403)
    expect((await api('GET', '/api/v1/analytics/xapi?since=yesterday-ish', { token: learner.token })).status).toBe(400)
    expect((await api('GET', '/api/v1/analytics/xapi?since=2020-01-01&until=2026-01-01', { token: learner.token })).status).toBe(400)
    expect((await api('GET', '/api/v1/analytics/xapi')).status).toBe(401)
  })
})
