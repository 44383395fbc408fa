import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, userId } from '../helpers/seedFixtures'

let payload: Payload
beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
})

describe('API keys for integrations', () => {
  it('shows the key once, never again, and authenticates requests as its owner until revoked', async () => {
    const token = await login('instructor@practica.test', DEMO_PASSWORD)
    const created = await api('POST', '/api/v1/api-keys', { token, body: { name: 'Gradebook sync' } })
    expect(created.status).toBe(201)
    const key: string = created.body.doc.key
    expect(key).toMatch(/^prk_[A-Za-z0-9_-]{43}$/)
    expect(created.body.doc.hash).toBeUndefined()
    expect(created.body.doc.prefix).toBe(key.slice(0, 12))

    const read = await api('GET', `/api/v1/api-keys/${created.body.doc.id}`, { token })
    expect(read.status).toBe(200)
    expect(read.body.key).toBeUndefined()
    expect(read.body.hash).toBeUndefined()
    const listed = await api('GET', '/api/v1/api-keys', { token })
    expect(JSON.stringify(listed.body)).not.toContain(key)
    const gq = await api('POST', '/api/v1/graphql', { token, body: { query: '{ ApiKeys { docs { name prefix key } } }' } })
    expect(JSON.stringify(gq.body)).not.toContain(key.slice(12))

    const presentations: Record<string, string>[] = [{ Authorization: `Bearer ${key}` }, { 'X-API-Key': key }]
    for (const headers of presentations) {
      const me = await api('GET', '/api/v1/users/me', { headers })
      expect(me.body.user?.email, JSON.stringify(me.body).slice(0, 300)).toBe('instructor@practica.test')
    }

    const revoke = await api('PATCH', `/api/v1/api-keys/${created.body.doc.id}`, { token, body: { revoked: true } })
    expect(revoke.status).toBe(200)
    const after = await api('GET', '/api/v1/users/me', { headers: { Authorization: `Bearer ${key}` } })
    expect(after.body.user).toBeNull()
  })

  it('rejects unknown and expired keys, and keys made for someone else', async () => {
    const unknown = await api('GET', '/api/v1/users/me', { headers: { Authorization: `Bearer prk_${'x'.repeat(43)}` } })
    expect(unknown.body.user).toBeNull()

    const token = await login('learner@practica.test', DEMO_PASSWORD)
    const expired = await api('POST', '/api/v1/api-keys', { token, body: { name: 'Old', expiresAt: '2020-01-01T00:00:00.000Z' } })
    expect(expired.status).toBe(201)
    const me = await api('GET', '/api/v1/users/me', { headers: { Authorization: `Bearer ${expired.body.doc.key}` } })
    expect(me.body.user).toBeNull()

    const forOther = await api('POST', '/api/v1/api-keys', { token, body: { name: 'Sneaky', user: await userId(payload, 'admin@practica.test') } })
    expect(forOther.status).toBe(403)
  })

  it('keeps each owner\'s keys private', async () => {
    const owner = await login('editor@practica.test', DEMO_PASSWORD)
    const created = await api('POST', '/api/v1/api-keys', { token: owner, body: { name: 'Editor tool' } })
    const other = await login('examiner@practica.test', DEMO_PASSWORD)
    expect((await api('GET', `/api/v1/api-keys/${created.body.doc.id}`, { token: other })).status).toBe(404)
    expect((await api('DELETE', `/api/v1/api-keys/${created.body.doc.id}`, { token: other })).status).toBe(403)
    expect((await api('GET', `/api/v1/api-keys/${created.body.doc.id}`, { token: owner })).status).toBe(200)
    expect((await api('GET', '/api/v1/api-keys')).status).toBe(403)
  })
})
