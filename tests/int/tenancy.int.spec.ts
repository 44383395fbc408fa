import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId, userId } from '../helpers/seedFixtures'

let payload: Payload
const emailsVisibleTo = async (email: string) => {
  const token = await login(email, DEMO_PASSWORD)
  const res = await api('GET', '/api/v1/users?limit=200&depth=0', { token })
  expect(res.status).toBe(200)
  return new Set<string>(res.body.docs.map((d: { email: string }) => d.email))
}

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
})

describe('institutions as tenants', () => {
  it('shows institution staff their own institution members and nobody else', async () => {
    const hospital = await emailsVisibleTo('hospital-admin@practica.test')
    expect(hospital).toContain('hospital-learner@practica.test')
    expect(hospital).toContain('learner@practica.test') // a member of both institutions
    expect(hospital).not.toContain('learner2@practica.test') // academy only
    expect(hospital).not.toContain('student@practica.test') // medical school

    const academy = await emailsVisibleTo('instructor@practica.test')
    expect(academy).toContain('learner2@practica.test')
    expect(academy).not.toContain('hospital-learner@practica.test')
    expect(academy).not.toContain('student@practica.test')
  })

  it('shows a learner only themselves', async () => {
    expect([...(await emailsVisibleTo('learner2@practica.test'))]).toEqual(['learner2@practica.test'])
  })

  it('shows a platform admin everyone', async () => {
    const all = await emailsVisibleTo('admin@practica.test')
    for (const email of ['hospital-learner@practica.test', 'student@practica.test', 'learner2@practica.test']) expect(all).toContain(email)
  })

  it('hides another institution\'s learner by id as well (404)', async () => {
    const token = await login('hospital-admin@practica.test', DEMO_PASSWORD)
    const res = await api('GET', `/api/v1/users/${await userId(payload, 'student@practica.test')}`, { token })
    expect(res.status).toBe(404)
  })

  it('lets institution admins add people to their institution but not to another', async () => {
    const token = await login('inst-admin@practica.test', DEMO_PASSWORD)
    const academy = await institutionId(payload, 'royal-surgical-academy')
    const hospital = await institutionId(payload, 'st-elsewhere-hospital')
    const ok = await api('POST', '/api/v1/users', {
      token,
      body: { email: `added.${Date.now()}@example.test`, password: 'a-long-passphrase', name: 'Added', memberships: [{ institution: academy, roles: ['learner'] }] },
    })
    expect(ok.status).toBe(201)
    const elsewhere = await api('POST', '/api/v1/users', {
      token,
      body: { email: `smuggled.${Date.now()}@example.test`, password: 'a-long-passphrase', name: 'Smuggled', memberships: [{ institution: hospital, roles: ['learner'] }] },
    })
    expect(elsewhere.status).toBe(403)

    // Editing a shared learner: the academy row may change, the hospital row must not.
    const shared = await userId(payload, 'learner@practica.test')
    const promote = await api('PATCH', `/api/v1/users/${shared}`, {
      token,
      body: { memberships: [{ institution: academy, roles: ['learner', 'teaching-assistant'] }, { institution: hospital, roles: ['learner'] }] },
    })
    expect(promote.status).toBe(200)
    const tamper = await api('PATCH', `/api/v1/users/${shared}`, {
      token,
      body: { memberships: [{ institution: academy, roles: ['learner'] }, { institution: hospital, roles: ['institution-admin'] }] },
    })
    expect(tamper.status).toBe(403)
    const doc = await payload.findByID({ collection: 'users', id: shared, depth: 0 })
    const hospitalRow = doc.memberships?.find((m) => m.institution === hospital)
    expect(hospitalRow?.roles).toEqual(['learner'])
    await api('PATCH', `/api/v1/users/${shared}`, {
      token,
      body: { memberships: [{ institution: academy, roles: ['learner'] }, { institution: hospital, roles: ['learner'] }] },
    })
  })

  it('keeps institutions themselves in their lane', async () => {
    const anonymous = await api('GET', '/api/v1/institutions')
    const slugs = anonymous.body.docs.map((d: { slug: string }) => d.slug).sort()
    expect(slugs).toEqual(['northfield-medical-school', 'royal-surgical-academy']) // open for self-registration only

    const token = await login('hospital-admin@practica.test', DEMO_PASSWORD)
    const own = await api('GET', '/api/v1/institutions', { token })
    expect(own.body.docs.map((d: { slug: string }) => d.slug)).toEqual(['st-elsewhere-hospital'])
    const academy = await institutionId(payload, 'royal-surgical-academy')
    const edit = await api('PATCH', `/api/v1/institutions/${academy}`, { token, body: { name: 'Hijacked' } })
    expect(edit.status).toBe(403)
    expect((await payload.findByID({ collection: 'institutions', id: academy })).name).toBe('Royal Surgical Academy')
    const create = await api('POST', '/api/v1/institutions', { token, body: { name: 'Rogue', slug: 'rogue' } })
    expect(create.status).toBe(403)
  })
})
