import { strFromU8, unzipSync } from 'fflate'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { totpCode } from '@/security/mfa/totp'
import type { Mailbox } from '../helpers/mailbox'
import { getTestApp } from '../helpers/app'
import { api, gql, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId } from '../helpers/seedFixtures'

const PASSWORD = 'two-step-passphrase'
const mailbox = () => (globalThis as { __mailbox?: Mailbox }).__mailbox!
const unique = (name: string) => `${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`
/** Each caller its own address, so the per-address sign-in limit of one test does not meet another's. */
const from = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` })

let payload: Payload
let academy: number
const created: number[] = []

async function staff(roles: { platformAdmin?: boolean; role?: string } = {}) {
  const email = unique('mfa')
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: 'Two-Step Tester',
      _verified: true,
      roles: roles.platformAdmin ? ['platform-admin'] : [],
      memberships: roles.platformAdmin ? [] : [{ institution: academy, roles: [roles.role ?? 'editor'] }],
    } as never,
    disableVerificationEmail: true,
    overrideAccess: true,
  })
  created.push(user.id)
  return { id: user.id, email }
}

const signIn = (email: string, extra: Record<string, unknown> = {}, ip = 1, password = PASSWORD) =>
  api('POST', '/api/v1/users/login', { body: { email, password, ...extra }, headers: from(ip) })

/** Enrols through the API as the person would: set-up, then a code from the "app". */
async function enrol(token: string) {
  const setup = await api('POST', '/api/v1/users/mfa/setup', { token, body: {} })
  expect(setup.status).toBe(200)
  const enabled = await api('POST', '/api/v1/users/mfa/enable', { token, body: { code: totpCode(setup.body.secret) } })
  expect(enabled.status).toBe(200)
  return { secret: setup.body.secret as string, recovery: enabled.body.recovery_codes as string[] }
}

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  academy = await institutionId(payload, 'royal-surgical-academy')
})

afterAll(async () => {
  delete process.env.MFA_REQUIRED
  if (created.length) await payload.delete({ collection: 'users', where: { id: { in: created } }, overrideAccess: true })
})

describe('two-step sign-in: enrolment', () => {
  it('is for staff: anonymous callers get 401, learners 403, and nothing is stored for them', async () => {
    expect((await api('POST', '/api/v1/users/mfa/setup', { body: {} })).status).toBe(401)
    const learner = await login('learner2@practica.test', DEMO_PASSWORD)
    const res = await api('POST', '/api/v1/users/mfa/setup', { token: learner, body: {} })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/staff/)
    const { rows } = await poolOf(payload).query(`select mfa_pending_secret from users where email = 'learner2@practica.test'`)
    expect(rows[0].mfa_pending_secret).toBeNull()
  })

  it('gives a secret, an otpauth address and a QR code; a wrong code enables nothing; the right one answers ten recovery codes once', async () => {
    const person = await staff()
    const token = await login(person.email, PASSWORD)
    const setup = await api('POST', '/api/v1/users/mfa/setup', { token, body: {} })
    expect(setup.status).toBe(200)
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(setup.body.otpauth_url).toContain(`secret=${setup.body.secret}`)
    expect(setup.body.qr_svg).toMatch(/^<svg/)

    const wrong = await api('POST', '/api/v1/users/mfa/enable', { token, body: { code: totpCode(setup.body.secret) === '000000' ? '111111' : '000000' } })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].path).toBe('code')
    expect((await api('GET', '/api/v1/users/mfa', { token })).body.enabled).toBe(false)
    expect((await api('POST', '/api/v1/users/mfa/enable', { token, body: {} })).status).toBe(400)

    const enabled = await api('POST', '/api/v1/users/mfa/enable', { token, body: { code: totpCode(setup.body.secret) } })
    expect(enabled.status).toBe(200)
    expect(enabled.body.recovery_codes).toHaveLength(10)
    expect(await api('GET', '/api/v1/users/mfa', { token }).then((r) => r.body)).toEqual({ enabled: true, required: false, may_enrol: true, recovery_codes_left: 10 })
    expect((await api('POST', '/api/v1/users/mfa/setup', { token, body: {} })).status).toBe(409)
  })
})

describe('two-step sign-in: signing in', () => {
  let person: { id: number; email: string }
  let secret: string
  let recovery: string[]

  beforeAll(async () => {
    person = await staff()
    ;({ secret, recovery } = await enrol(await login(person.email, PASSWORD)))
  })

  it('asks for the code after the right password, and gives no session without it', async () => {
    const res = await signIn(person.email, {}, 10)
    expect(res.status).toBe(401)
    expect(res.body.errors[0].data).toEqual({ mfa: 'code' })
    expect(res.body.token).toBeUndefined()
    expect(res.headers.get('set-cookie')).toBeNull()
    // A wrong password is still just a wrong password: nothing says the account has a second factor.
    const badPassword = await signIn(person.email, {}, 10, 'not-the-password')
    expect(badPassword.status).toBe(401)
    expect(badPassword.body.errors[0].data).toBeUndefined()
  })

  it('signs in with the app’s code once; the same code again is refused; the next step’s code works', async () => {
    const code = totpCode(secret)
    const first = await signIn(person.email, { code }, 11)
    expect(first.status).toBe(200)
    expect(first.body.token).toBeTruthy()
    expect(first.body.user.mfaEnabled).toBe(true)
    const replay = await signIn(person.email, { code }, 11)
    expect(replay.status).toBe(401)
    expect(replay.body.errors[0].message).toMatch(/used already/)
    expect((await signIn(person.email, { code: totpCode(secret, Date.now() + 30_000) }, 11)).status).toBe(200)
  })

  it('a recovery code signs in once and is recorded in the audit log; failed codes are audited as such', async () => {
    const used = await signIn(person.email, { code: recovery[0].toUpperCase() }, 12)
    expect(used.status).toBe(200)
    expect((await signIn(person.email, { code: recovery[0] }, 12)).status).toBe(401)
    const token = used.body.token as string
    expect((await api('GET', '/api/v1/users/mfa', { token })).body.recovery_codes_left).toBe(9)
    const { rows } = await poolOf(payload).query(`select action, summary from audit_logs where entity = 'users' and entity_id = $1 or actor_email = $2 order by id`, [String(person.id), person.email])
    const summaries = rows.map((r: { action: string; summary: string }) => `${r.action}: ${r.summary}`)
    expect(summaries).toContain(`mfa-change: ${person.email} turned on two-step sign-in`)
    expect(summaries).toContain(`mfa-change: ${person.email} signed in with a recovery code (9 left)`)
    expect(summaries.some((s) => s.startsWith('sign-in-failed:') && s.endsWith('wrong two-step code'))).toBe(true)
    expect(summaries.some((s) => s.startsWith('sign-in-failed:') && s.endsWith('two-step code needed'))).toBe(true)
  })

  it('new recovery codes replace the old ones (confirmed with a code)', async () => {
    const token = (await signIn(person.email, { code: recovery[1] }, 13)).body.token as string
    expect((await api('POST', '/api/v1/users/mfa/recovery-codes', { token, body: { code: 'aaaaa-bbbbb' } })).status).toBe(400)
    const renewed = await api('POST', '/api/v1/users/mfa/recovery-codes', { token, body: { code: recovery[2] } })
    expect(renewed.status).toBe(200)
    expect(renewed.body.recovery_codes).toHaveLength(10)
    expect((await signIn(person.email, { code: recovery[3] }, 13)).status).toBe(401)
    expect((await signIn(person.email, { code: renewed.body.recovery_codes[0] }, 13)).status).toBe(200)
    recovery = renewed.body.recovery_codes.slice(1)
  })

  it('never shows the seed or the recovery codes: REST, select, where, GraphQL, the database copy, the audit log and the personal-data export', async () => {
    const own = (await signIn(person.email, { code: recovery[0] }, 14)).body.token as string
    const admin = await login('admin@practica.test', DEMO_PASSWORD)
    const hidden = ['mfaSecret', 'mfaPendingSecret', 'mfaRecoveryCodes', 'mfaLastStep']
    const readings = [
      await api('GET', '/api/v1/users/me', { token: own }),
      await api('GET', `/api/v1/users/${person.id}`, { token: admin }),
      await api('GET', `/api/v1/users/${person.id}?select[mfaSecret]=true&select[mfaRecoveryCodes]=true`, { token: admin }),
      await api('GET', `/api/v1/users?where[id][equals]=${person.id}&depth=1`, { token: admin }),
    ]
    for (const res of readings) {
      expect(res.status).toBe(200)
      const text = JSON.stringify(res.body)
      for (const field of hidden) expect(text).not.toContain(field)
      expect(text).not.toContain(secret)
    }
    // Filtering or sorting on the hidden fields must not work as an oracle.
    const probe = await api('GET', `/api/v1/users?where[mfaSecret][exists]=true&sort=mfaSecret`, { token: admin })
    expect(probe.status).toBe(400)
    const graph = await gql(`{ Users(where: { id: { equals: ${person.id} } }) { docs { mfaSecret } } }`, {}, admin)
    expect(graph.body.data.Users.docs).toEqual([{ mfaSecret: null }])
    const graphProbe = await gql(`{ Users(where: { mfaSecret: { exists: true } }) { totalDocs } }`, {}, admin)
    expect(graphProbe.body.errors?.[0]?.message ?? JSON.stringify(graphProbe.body)).toMatch(/cannot be queried|not valid|Unknown field|not defined/i)

    const { rows } = await poolOf(payload).query(`select mfa_secret, mfa_recovery_codes::text as codes from users where id = $1`, [person.id])
    expect(rows[0].mfa_secret).toMatch(/^v1\./)
    expect(rows[0].mfa_secret).not.toContain(secret)
    for (const code of recovery) expect(rows[0].codes).not.toContain(code)
    const audit = await poolOf(payload).query(`select count(*)::int as n from audit_logs where coalesce(before::text, '') || coalesce(after::text, '') || summary like $1`, [`%${secret}%`])
    expect(audit.rows[0].n).toBe(0)

    const zip = await api('GET', '/api/v1/me/export', { token: own, headers: { accept: 'application/octet-stream' } })
    const exported = Object.values(unzipSync(zip.body)).map((bytes) => strFromU8(bytes)).join('\n')
    expect(exported).toContain('"mfaEnabled": true')
    expect(exported).not.toContain(secret)
    for (const field of hidden) expect(exported).not.toContain(field)
  })

  it('turning it off needs a current code; afterwards the password alone signs in', async () => {
    const token = (await signIn(person.email, { code: recovery[1] }, 15)).body.token as string
    expect((await api('POST', '/api/v1/users/mfa/disable', { token, body: {} })).status).toBe(400)
    expect((await api('POST', '/api/v1/users/mfa/disable', { token, body: { code: 'zzzzz-zzzzz' } })).status).toBe(400)
    expect((await api('GET', '/api/v1/users/mfa', { token })).body.enabled).toBe(true)
    const off = await api('POST', '/api/v1/users/mfa/disable', { token, body: { code: recovery[2] } })
    expect(off.status).toBe(200)
    expect((await signIn(person.email, {}, 15)).status).toBe(200)
    const { rows } = await poolOf(payload).query(`select mfa_secret, mfa_recovery_codes from users where id = $1`, [person.id])
    expect(rows[0]).toEqual({ mfa_secret: null, mfa_recovery_codes: null })
  })
})

describe('two-step sign-in: limits, resets and the requirement', () => {
  it('five wrong codes in 15 minutes and the account waits (429 with Retry-After), even for the right code', async () => {
    const person = await staff()
    const { secret } = await enrol(await login(person.email, PASSWORD))
    const scale = process.env.PRACTICA_RATE_LIMIT_SCALE
    process.env.PRACTICA_RATE_LIMIT_SCALE = '1'
    try {
      const wrong = totpCode(secret) === '000000' ? '111111' : '000000'
      for (let i = 0; i < 5; i++) expect((await signIn(person.email, { code: wrong }, 20)).status).toBe(401)
      const limited = await signIn(person.email, { code: totpCode(secret) }, 20)
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(limited.body.errors[0].message).toMatch(/Too many two-step codes/)
    } finally {
      process.env.PRACTICA_RATE_LIMIT_SCALE = scale
    }
  })

  it('a password reset changes the password but gives no session: the next sign-in still needs the code', async () => {
    const person = await staff()
    const { secret } = await enrol(await login(person.email, PASSWORD))
    expect((await api('POST', '/api/v1/users/forgot-password', { body: { email: person.email }, headers: from(30) })).status).toBe(200)
    const mail = await mailbox().waitFor(person.email, /Reset your Practica password/)
    const token = decodeURIComponent(/\/reset-password\?token=([A-Za-z0-9%]+)/.exec(mail.text)![1])
    const reset = await api('POST', '/api/v1/users/reset-password', { body: { token, password: 'brand-new-passphrase' }, headers: from(30) })
    expect(reset.status).toBe(200)
    expect(reset.body).toEqual({ message: expect.stringMatching(/two-step code/), mfa: 'sign-in' })
    expect(reset.headers.get('set-cookie')).toBeNull()
    const { rows } = await poolOf(payload).query(`select count(*)::int as n from users_sessions where _parent_id = $1`, [person.id])
    expect(rows[0].n).toBe(0)
    expect((await signIn(person.email, {}, 30, 'brand-new-passphrase')).status).toBe(401)
    expect((await signIn(person.email, { code: totpCode(secret) }, 30, 'brand-new-passphrase')).status).toBe(200)
  })

  it('confirming the password to erase one’s account is not a sign-in and needs no code', async () => {
    const person = await staff()
    const { recovery } = await enrol(await login(person.email, PASSWORD))
    const token = (await signIn(person.email, { code: recovery[0] }, 31)).body.token as string
    const erased = await api('DELETE', '/api/v1/me', { token, body: { password: PASSWORD } })
    expect(erased.status).toBe(200)
    const { rows } = await poolOf(payload).query(`select mfa_enabled, mfa_secret, mfa_recovery_codes from users where id = $1`, [person.id])
    expect(rows[0]).toEqual({ mfa_enabled: false, mfa_secret: null, mfa_recovery_codes: null })
  })

  it('an admin resets a lost device: another institution’s admin may not; a platform admin may, and the person’s sessions end', async () => {
    const person = await staff()
    const own = await login(person.email, PASSWORD)
    await enrol(own)
    const outsider = await login('hospital-admin@practica.test', DEMO_PASSWORD)
    expect((await api('POST', `/api/v1/users/${person.id}/mfa/reset`, { token: outsider, body: {} })).status).toBe(403)
    expect((await api('POST', `/api/v1/users/${person.id}/mfa/reset`, { body: {} })).status).toBe(401)
    const admin = await login('admin@practica.test', DEMO_PASSWORD)
    expect((await api('POST', '/api/v1/users/999999999/mfa/reset', { token: admin, body: {} })).status).toBe(404)
    const reset = await api('POST', `/api/v1/users/${person.id}/mfa/reset`, { token: admin, body: {} })
    expect(reset.status).toBe(200)
    expect((await api('GET', '/api/v1/users/me', { token: own })).body.user).toBeNull()
    expect((await signIn(person.email, {}, 40)).status).toBe(200)
    expect((await api('POST', `/api/v1/users/${person.id}/mfa/reset`, { token: admin, body: {} })).status).toBe(409)
  })

  it('when required for platform admins (MFA_REQUIRED), one without it gets an enrolment token, not a session, enrols with it, and cannot turn it off', async () => {
    const person = await staff({ platformAdmin: true })
    process.env.MFA_REQUIRED = 'platform-admins'
    try {
      const refused = await signIn(person.email, {}, 50)
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].data.mfa).toBe('enrol')
      expect(refused.headers.get('set-cookie')).toBeNull()
      const enrolment = refused.body.errors[0].data.enrolment_token as string
      const forged = enrolment.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
      expect((await api('POST', '/api/v1/users/mfa/setup', { body: { enrolment_token: forged } })).status).toBe(403)
      // The token enrols; it is not a session.
      expect((await api('GET', '/api/v1/users/me', { headers: { authorization: `JWT ${enrolment}` } })).body.user).toBeNull()
      const setup = await api('POST', '/api/v1/users/mfa/setup', { body: { enrolment_token: enrolment } })
      expect(setup.status).toBe(200)
      const code = totpCode(setup.body.secret)
      const enabled = await api('POST', '/api/v1/users/mfa/enable', { body: { code, enrolment_token: enrolment } })
      expect(enabled.status).toBe(200)
      const signedIn = await signIn(person.email, { code }, 50)
      expect(signedIn.status).toBe(200)
      const token = signedIn.body.token as string
      expect((await api('GET', '/api/v1/users/mfa', { token })).body).toMatchObject({ enabled: true, required: true })
      const off = await api('POST', '/api/v1/users/mfa/disable', { token, body: { code: enabled.body.recovery_codes[0] } })
      expect(off.status).toBe(403)
      // Staff other than platform admins are not affected by this setting.
      const editor = await staff()
      expect((await signIn(editor.email, {}, 51)).status).toBe(200)
    } finally {
      delete process.env.MFA_REQUIRED
    }
  })
})
