import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { USER_TABLES, jwtWithUserCache } from '@/collections/users/strategies/jwtUserCache'
import { poolOf } from '@/db/sql'
import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId } from '../helpers/seedFixtures'

let payload: Payload
let academy: number

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  academy = await institutionId(payload, 'royal-surgical-academy')
})

async function instructor(label: string) {
  const email = `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    data: { email, name: label, password: DEMO_PASSWORD, _verified: true, memberships: [{ institution: academy, roles: ['instructor'] }] } as never,
  })
  return { id: user.id as number, token: await login(email, DEMO_PASSWORD) }
}

const cohort = (token: string) => api('GET', `/api/v1/analytics/cohort?institution=${academy}`, { token })

describe('the signed-in user, read through the checked cache', () => {
  it('sees a role taken away or given back on the very next request, whether Payload or plain SQL changed it', async () => {
    const me = await instructor('cache-roles')
    expect((await cohort(me.token)).status).toBe(200)
    expect((await cohort(me.token)).status).toBe(200)

    await payload.update({ collection: 'users', id: me.id, overrideAccess: true, data: { memberships: [{ institution: academy, roles: ['learner'] }] } as never })
    expect((await cohort(me.token)).status).toBe(403)

    // Another instance, a migration or a script writing SQL: no cache can miss it.
    await poolOf(payload).query(`update users_memberships_roles set value = 'instructor' where parent_id in (select id from users_memberships where _parent_id = $1)`, [me.id])
    expect((await cohort(me.token)).status).toBe(200)
  })

  it('ends a session at sign-out, and a deleted user’s token signs no one in', async () => {
    const me = await instructor('cache-sessions')
    expect((await api('GET', '/api/v1/users/me', { token: me.token })).body.user.id).toBe(me.id)
    expect((await api('POST', '/api/v1/users/logout', { token: me.token })).status).toBe(200)
    expect((await api('GET', '/api/v1/users/me', { token: me.token })).body.user).toBeNull()

    const gone = await instructor('cache-deleted')
    expect((await cohort(gone.token)).status).toBe(200)
    await payload.delete({ collection: 'users', id: gone.id, overrideAccess: true })
    expect((await cohort(gone.token)).status).toBe(401)
  })

  it('gives every request its own copy of the user', async () => {
    const me = await instructor('cache-copies')
    const strategy = jwtWithUserCache()
    const headers = new Headers({ authorization: `JWT ${me.token}` })
    const first = await strategy.authenticate({ headers, payload, isGraphQL: false, canSetHeaders: false, strategyName: 'practica-jwt' } as never)
    const second = await strategy.authenticate({ headers, payload, isGraphQL: false, canSetHeaders: false, strategyName: 'practica-jwt' } as never)
    expect(first.user?.id).toBe(me.id)
    expect(second.user).toEqual(first.user)
    expect(second.user).not.toBe(first.user)
    ;(first.user as unknown as { memberships: unknown[] }).memberships.length = 0
    const third = await strategy.authenticate({ headers, payload, isGraphQL: false, canSetHeaders: false, strategyName: 'practica-jwt' } as never)
    expect((third.user as unknown as { memberships: unknown[] }).memberships).toHaveLength(1)
    expect(third.user).toMatchObject({ collection: 'users', _strategy: 'local-jwt' })
  })

  it('refuses what Payload’s own strategy refuses: a bad signature, a token of no session', async () => {
    const me = await instructor('cache-forged')
    const [head, body] = me.token.split('.')
    const forged = `${head}.${body}.${'A'.repeat(43)}`
    expect((await cohort(forged)).status).toBe(401)
    const strategy = jwtWithUserCache()
    const result = await strategy.authenticate({ headers: new Headers({ authorization: `JWT ${forged}` }), payload, isGraphQL: false, canSetHeaders: false, strategyName: 'x' } as never)
    expect(result.user).toBeNull()
  })

  it('reads a user whose document only stored rows shape: no read hooks on the collection or any field (a cached copy would skip them)', () => {
    const config = payload.collections.users.config
    expect(config.hooks.beforeRead ?? []).toHaveLength(0)
    expect(config.hooks.afterRead ?? []).toHaveLength(0)
    const hooked: string[] = []
    const walk = (fields: readonly { name?: string; hooks?: { afterRead?: unknown[] }; flattenedFields?: unknown }[], path: string) => {
      for (const f of fields) {
        if (f.hooks?.afterRead?.length) hooked.push(`${path}${f.name}`)
        if (Array.isArray(f.flattenedFields)) walk(f.flattenedFields, `${path}${f.name}.`)
      }
    }
    walk(config.flattenedFields as never, '')
    expect(hooked).toEqual([])
  })

  it('covers every table a user is stored in (a new one must join the version, or a change to it would go unseen)', async () => {
    const { rows } = await poolOf(payload).query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() and (table_name = 'users' or table_name like 'users\\_%') order by 1`,
    )
    expect(rows.map((r) => r.table_name)).toEqual([...USER_TABLES].sort())
  })
})
