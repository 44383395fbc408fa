import { beforeAll, describe, expect, it } from 'vitest'

import { getTestApp } from '../helpers/app'
import { gql, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded } from '../helpers/seedFixtures'

beforeAll(async () => {
  await ensureSeeded(await getTestApp())
})

describe('GraphQL at /api/v1/graphql', () => {
  it('signs in and answers with the same access rules as REST', async () => {
    const signIn = await gql(`mutation { loginUser(email: "learner2@practica.test", password: "${DEMO_PASSWORD}") { token user { email } } }`)
    expect(signIn.body.data.loginUser.user.email).toBe('learner2@practica.test')
    const token = signIn.body.data.loginUser.token as string
    const users = await gql('{ Users(limit: 100) { docs { email } } }', {}, token)
    expect(users.body.data.Users.docs).toEqual([{ email: 'learner2@practica.test' }])
    const staff = await gql('{ Users(limit: 100) { totalDocs } }', {}, await login('instructor@practica.test', DEMO_PASSWORD))
    expect(staff.body.data.Users.totalDocs).toBeGreaterThan(3)
  })

  it('refuses anonymous reads of people', async () => {
    const res = await gql('{ Users { docs { email } } }')
    expect(res.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })
})
