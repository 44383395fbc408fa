import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Mailbox } from '../helpers/mailbox'
import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId, userId } from '../helpers/seedFixtures'

const mailbox = () => (globalThis as { __mailbox?: Mailbox }).__mailbox!
const unique = (name: string) => `${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`
const tokenIn = (mailText: string, route: RegExp) => {
  const match = route.exec(mailText)
  if (!match) throw new Error(`no link matching ${route} in mail:\n${mailText}`)
  return decodeURIComponent(match[1])
}

let payload: Payload

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
})

describe('registration', () => {
  it('creates an unverified learner and sends a verification mail over SMTP; the link verifies it', async () => {
    const email = unique('newcomer')
    const res = await api('POST', '/api/v1/users', {
      body: { email, password: 'a-long-passphrase', name: 'New Comer', joinInstitution: 'royal-surgical-academy' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.roles).toEqual([])
    expect(res.body.doc.memberships).toHaveLength(1)
    expect(res.body.doc.memberships[0].roles).toEqual(['learner'])
    expect(res.body.doc.password).toBeUndefined()

    const blocked = await api('POST', '/api/v1/users/login', { body: { email, password: 'a-long-passphrase' } })
    expect(blocked.status).toBe(403)
    expect(blocked.body.errors[0].message).toMatch(/verify your email/i)

    const mail = await mailbox().waitFor(email, /Confirm your Practica account/)
    const token = tokenIn(mail.text, /\/verify-email\?token=([A-Za-z0-9%]+)/)
    const verified = await api('POST', `/api/v1/users/verify/${token}`)
    expect(verified.status).toBe(200)
    expect(await login(email, 'a-long-passphrase')).toMatch(/\./)
  })

  it('refuses to let a registrant set platform roles, memberships or verification', async () => {
    const attempts = [
      { roles: ['platform-admin'] },
      { memberships: [{ institution: await institutionId(payload, 'royal-surgical-academy'), roles: ['institution-admin'] }] },
      { _verified: true },
    ]
    for (const extra of attempts) {
      const email = unique('climber')
      const res = await api('POST', '/api/v1/users', { body: { email, password: 'a-long-passphrase', name: 'Climber', ...extra } })
      expect(res.status, JSON.stringify(extra)).toBe(403)
      expect(res.body.errors[0].message).toMatch(/platform admins|Registration cannot/)
      const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
      expect(totalDocs).toBe(0)
    }
  })

  it('joins only institutions open for self-registration', async () => {
    const res = await api('POST', '/api/v1/users', {
      body: { email: unique('closed'), password: 'a-long-passphrase', name: 'Closed Door', joinInstitution: 'st-elsewhere-hospital' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'joinInstitution' })
  })

  it('answers malformed bodies with 400 and field errors', async () => {
    const res = await api('POST', '/api/v1/users', { body: { email: 'not-an-email', name: '' } })
    expect(res.status).toBe(400)
    const paths = res.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['email', 'name']))
    const noPassword = await api('POST', '/api/v1/users', { body: { email: unique('nopass'), name: 'No Pass' } })
    expect(noPassword.status).toBe(400)
    expect(noPassword.body.errors[0].data.errors).toEqual([{ message: 'This field is required.', path: 'password' }])
    const badLogin = await api('POST', '/api/v1/users/login', { body: { password: 'x' } })
    expect(badLogin.status).toBe(400)
    expect(JSON.stringify(badLogin.body)).toMatch(/email/)
  })
})

describe('sign-in', () => {
  it('logs in, reads me, refreshes and logs out', async () => {
    const token = await login('learner@practica.test', DEMO_PASSWORD)
    const me = await api('GET', '/api/v1/users/me', { token })
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe('learner@practica.test')
    expect(me.body.user.memberships.length).toBe(2)
    const refreshed = await api('POST', '/api/v1/users/refresh-token', { token })
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.refreshedToken).toMatch(/\./)
    const out = await api('POST', '/api/v1/users/logout', { token: refreshed.body.refreshedToken })
    expect(out.status).toBe(200)
    const after = await api('GET', '/api/v1/users/me', { token: refreshed.body.refreshedToken })
    expect(after.body.user).toBeNull()
  })

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const wrong = await api('POST', '/api/v1/users/login', { body: { email: 'ta@practica.test', password: 'not-it' } })
    const unknown = await api('POST', '/api/v1/users/login', { body: { email: 'nobody@practica.test', password: 'not-it' } })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body).toEqual(unknown.body)
  })

  it('locks an account after repeated failures, says when to retry, and only admins unlock', async () => {
    const email = unique('forgetful')
    await payload.create({ collection: 'users', data: { email, password: 'right-passphrase', name: 'Forgetful', _verified: true }, disableVerificationEmail: true })
    for (let i = 0; i < 5; i++) {
      const res = await api('POST', '/api/v1/users/login', { body: { email, password: `wrong-${i}` } })
      expect(res.status).toBe(401)
    }
    const locked = await api('POST', '/api/v1/users/login', { body: { email, password: 'right-passphrase' } })
    expect(locked.status).toBe(423)
    expect(locked.body.errors[0].message).toMatch(/locked .* Try again in 1[45] minutes/)
    expect(locked.body.errors[0].data.retryAfterSeconds).toBeGreaterThan(800)

    const learnerToken = await login('learner2@practica.test', DEMO_PASSWORD)
    const byLearner = await api('POST', '/api/v1/users/unlock', { body: { email }, token: learnerToken })
    expect(byLearner.status).toBe(403)
    expect((await api('POST', '/api/v1/users/login', { body: { email, password: 'right-passphrase' } })).status).toBe(423)

    const adminToken = await login('admin@practica.test', DEMO_PASSWORD)
    const byAdmin = await api('POST', '/api/v1/users/unlock', { body: { email }, token: adminToken })
    expect(byAdmin.status).toBe(200)
    expect(await login(email, 'right-passphrase')).toMatch(/\./)
  })
})

describe('password reset', () => {
  it('mails a reset link; the token sets a new password once', async () => {
    const email = unique('reset')
    await payload.create({ collection: 'users', data: { email, password: 'old-passphrase', name: 'Resetter', _verified: true }, disableVerificationEmail: true })
    const asked = await api('POST', '/api/v1/users/forgot-password', { body: { email } })
    expect(asked.status).toBe(200)
    const mail = await mailbox().waitFor(email, /Reset your Practica password/)
    const token = tokenIn(mail.text, /\/reset-password\?token=([A-Za-z0-9%]+)/)
    const reset = await api('POST', '/api/v1/users/reset-password', { body: { token, password: 'new-passphrase' } })
    expect(reset.status).toBe(200)
    expect(await login(email, 'new-passphrase')).toMatch(/\./)
    const again = await api('POST', '/api/v1/users/reset-password', { body: { token, password: 'third-passphrase' } })
    expect(again.status).toBeGreaterThanOrEqual(400)
    const old = await api('POST', '/api/v1/users/login', { body: { email, password: 'old-passphrase' } })
    expect(old.status).toBe(401)
  })

  it('answers the same for unknown addresses, sending nothing', async () => {
    const before = mailbox().messages.length
    const res = await api('POST', '/api/v1/users/forgot-password', { body: { email: 'ghost@practica.test' } })
    expect(res.status).toBe(200)
    await new Promise((r) => setTimeout(r, 300))
    expect(mailbox().messages.length).toBe(before)
  })
})

describe('profile', () => {
  it('lets users edit their own profile and validates the time zone', async () => {
    const token = await login('student@practica.test', DEMO_PASSWORD)
    const id = await userId(payload, 'student@practica.test')
    const ok = await api('PATCH', `/api/v1/users/${id}`, {
      token,
      body: { bio: 'Year 3', timezone: 'Europe/Dublin', locale: 'en-GB', notificationPreferences: { digest: 'daily' } },
    })
    expect(ok.status).toBe(200)
    expect(ok.body.doc.notificationPreferences.digest).toBe('daily')
    const bad = await api('PATCH', `/api/v1/users/${id}`, { token, body: { timezone: 'Mars/Olympus' } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('timezone')
  })

  it('never lets a user raise their own roles', async () => {
    const token = await login('student@practica.test', DEMO_PASSWORD)
    const id = await userId(payload, 'student@practica.test')
    const res = await api('PATCH', `/api/v1/users/${id}`, { token, body: { roles: ['platform-admin'] } })
    expect(res.status).toBe(403)
    const raise = await api('PATCH', `/api/v1/users/${id}`, {
      token,
      body: { memberships: [{ institution: await institutionId(payload, 'northfield-medical-school'), roles: ['institution-admin'] }] },
    })
    expect(raise.status).toBe(403)
    const doc = await payload.findByID({ collection: 'users', id })
    expect(doc.roles).toEqual([])
    expect(doc.memberships?.[0]?.roles).toEqual(['learner'])
  })
})
