import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { demoInstitutions } from '../../seed/institutions'
import { DEMO_PASSWORD, demoUsers } from '../../seed/users'
import { getTestApp } from '../helpers/app'
import { login } from '../helpers/rest'
import { ensureSeeded } from '../helpers/seedFixtures'
import { itKeepsAggregatesConsistent } from '../helpers/aggregates'

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
      questions: (await payload.count({ collection: 'questions', overrideAccess: true })).totalDocs,
      templates: (await payload.count({ collection: 'exam-templates', overrideAccess: true })).totalDocs,
      practice: (await payload.count({ collection: 'practice-sessions', overrideAccess: true })).totalDocs,
      exams: (await payload.count({ collection: 'exam-sessions', overrideAccess: true })).totalDocs,
      responses: (await payload.count({ collection: 'responses', overrideAccess: true })).totalDocs,
    })
    const before = await count()
    await seed(payload)
    expect(await count()).toEqual(before)
  })

  it('gives the demo learner a history and every learner mock exams to sit', async () => {
    const learner = (await payload.find({ collection: 'users', where: { email: { equals: 'learner@practica.test' } }, overrideAccess: true })).docs[0]
    const practice = await payload.find({ collection: 'practice-sessions', where: { user: { equals: learner.id } }, pagination: false, overrideAccess: true })
    // Other suites add sessions for this learner too; the seeded ones (seeds demo-0, demo-1) are completed and answered.
    const seeded = practice.docs.filter((s) => s.seed?.startsWith('demo-'))
    expect(seeded).toHaveLength(2)
    expect(seeded.every((s) => s.status === 'completed' && (s.answered ?? 0) > 0)).toBe(true)
    const exams = await payload.find({ collection: 'exam-sessions', where: { user: { equals: learner.id }, status: { equals: 'submitted' } }, pagination: false, overrideAccess: true })
    expect(exams.docs.some((s) => s.status === 'submitted' && s.scorePercent != null)).toBe(true)
    const templates = await payload.find({ collection: 'exam-templates', where: { active: { equals: true }, name: { like: 'Mock Exam A' } }, pagination: false, overrideAccess: true })
    expect(templates.docs.map((t) => t.name)).toEqual(expect.arrayContaining(['Mock Exam A, Paper 1', 'Mock Exam A, Paper 2']))
    expect(templates.docs.every((t) => (t.totalQuestions ?? 0) > 0)).toBe(true)
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

describe('analytics aggregates after these scenarios', () => {
  itKeepsAggregatesConsistent(() => payload)
})
