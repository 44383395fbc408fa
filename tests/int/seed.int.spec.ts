import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { demoInstitutions } from '../../seed/institutions'
import { DEMO_PASSWORD, demoUsers } from '../../seed/users'
import { getTestApp } from '../helpers/app'
import { login } from '../helpers/rest'
import { ensureSeeded } from '../helpers/seedFixtures'

let payload: Payload
beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
})

describe('demo seed', () => {
  it('is idempotent', async () => {
    const count = async () => ({
      institutions: (await payload.count({ collection: 'institutions', overrideAccess: true })).totalDocs,
      users: (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
    })
    const before = await count()
    await seed(payload)
    expect(await count()).toEqual(before)
  })

  it('has at least two institutions and one sign-in per role, with the documented password', async () => {
    expect(demoInstitutions.length).toBeGreaterThanOrEqual(2)
    const roles = new Set(demoUsers.flatMap((u) => [...u.memberships.flatMap((m) => m.roles), ...(u.platformAdmin ? ['platform-admin'] : [])]))
    for (const role of ['platform-admin', 'institution-admin', 'instructor', 'teaching-assistant', 'editor', 'examiner', 'supervisor', 'learner']) {
      expect(roles).toContain(role)
    }
    for (const user of demoUsers) expect(await login(user.email, DEMO_PASSWORD)).toMatch(/\./)
  })
})
