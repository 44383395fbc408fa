import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/db/sql'
import { forgetRateLimits } from '../../src/security/rateLimit'
import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded } from '../helpers/seedFixtures'

let payload: Payload
beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
})
afterEach(() => {
  process.env.PRACTICA_RATE_LIMIT_SCALE = '1000'
})

const from = (address: string) => ({ 'x-forwarded-for': address })

describe('rate limits (stored in PostgreSQL, shared by every instance)', () => {
  it('limit sign-in attempts per address with 429 and Retry-After; other addresses and other routes are unaffected', async () => {
    process.env.PRACTICA_RATE_LIMIT_SCALE = '0.1' // 3 sign-ins a minute
    const attempt = (address: string) => api('POST', '/api/v1/users/login', { body: { email: 'learner2@practica.test', password: 'wrong-password' }, headers: from(address) })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await attempt('203.0.113.7')).status)
    expect(statuses).toEqual([401, 401, 401, 429])
    const limited = await attempt('203.0.113.7')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(limited.body.errors[0].message).toMatch(/Too many sign-in attempts.*Try again in \d+ seconds/)
    const elsewhere = await api('POST', '/api/v1/users/login', { body: { email: 'learner2@practica.test', password: DEMO_PASSWORD }, headers: from('198.51.100.1') })
    expect(elsewhere.status).toBe(200)
  })

  it('limit password-reset requests and self-registration per address', async () => {
    process.env.PRACTICA_RATE_LIMIT_SCALE = '0.1' // 1 an hour
    const forgot = () => api('POST', '/api/v1/users/forgot-password', { body: { email: 'nobody@practica.test' }, headers: from('203.0.113.9') })
    expect((await forgot()).status).toBe(200)
    expect((await forgot()).status).toBe(429)
    const register = (n: number) => api('POST', '/api/v1/users', { body: { email: `limited-${n}-${Date.now()}@practica.test`, password: 'a-long-password-1', name: 'Limited' }, headers: from('203.0.113.10') })
    expect((await register(1)).status).not.toBe(429)
    expect((await register(2)).status).toBe(429)
  })

  it('limit practice and exam writes per learner', async () => {
    // Sign both learners in first: sign-ins from this test's address count against the sign-in limit too.
    const token = await login('student@practica.test', DEMO_PASSWORD)
    const other = await login('learner2@practica.test', DEMO_PASSWORD)
    // Other suites start sessions as these learners too: count from zero.
    await poolOf(payload).query(`delete from practica_rate_limits where key like 'session-starts:%'`)
    process.env.PRACTICA_RATE_LIMIT_SCALE = '0.1' // 6 session starts a minute
    const statuses = []
    for (let i = 0; i < 7; i++) statuses.push((await api('POST', '/api/v1/practice/sessions', { token, body: { question_count: 1 } })).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429])
    expect((await api('POST', '/api/v1/practice/sessions', { token: other, body: { question_count: 1 } })).status).toBe(201)
  })

  it('forgets counters whose window has ended', async () => {
    await poolOf(payload).query(`update practica_rate_limits set reset_at = now() - interval '1 second'`)
    expect(await forgetRateLimits(payload)).toBeGreaterThan(0)
  })
})
