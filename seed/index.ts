import type { Payload } from 'payload'

import { seedLearnerActivity } from './activity'
import { seedCohort } from './cohort'
import { seedExamTemplates } from './exams'
import { demoInstitutions } from './institutions'
import { seedQuestions, seedTaxonomy } from './questionBank'
import { seedResources } from './resources'
import { DEMO_PASSWORD, demoUsers } from './users'

/** The database is empty when it holds no user at all. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  return totalDocs === 0
}

async function upsertInstitutions(payload: Payload): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const institution of demoInstitutions) {
    const existing = await payload.find({ collection: 'institutions', where: { slug: { equals: institution.slug } }, limit: 1, depth: 0, overrideAccess: true })
    const doc = existing.docs[0]
      ? await payload.update({ collection: 'institutions', id: existing.docs[0].id, data: institution, overrideAccess: true })
      : await payload.create({ collection: 'institutions', data: institution, overrideAccess: true })
    ids.set(institution.slug, doc.id)
  }
  return ids
}

async function upsertUsers(payload: Payload, institutions: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const user of demoUsers) {
    const data = {
      email: user.email,
      name: user.name,
      bio: user.bio,
      timezone: user.timezone ?? 'Europe/London',
      roles: user.platformAdmin ? (['platform-admin'] as const) : [],
      memberships: user.memberships.map((m) => ({ institution: institutions.get(m.institution)!, roles: m.roles })),
    }
    const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0, overrideAccess: true })
    if (existing.docs[0]) {
      await payload.update({ collection: 'users', id: existing.docs[0].id, data: { ...data, roles: [...data.roles] }, overrideAccess: true })
      ids.set(user.email, existing.docs[0].id)
    } else {
      const created = await payload.create({
        collection: 'users',
        data: { ...data, roles: [...data.roles], password: DEMO_PASSWORD, _verified: true },
        disableVerificationEmail: true,
        overrideAccess: true,
      })
      ids.set(user.email, created.id)
    }
  }
  return ids
}

/**
 * Demo data for every area. Idempotent: records are matched by natural keys (slug, email) and
 * updated in place, so running it twice changes nothing and never duplicates.
 */
export async function seed(payload: Payload): Promise<void> {
  const institutions = await upsertInstitutions(payload)
  const users = await upsertUsers(payload, institutions)
  const categories = await seedTaxonomy(payload)
  const academy = institutions.get('royal-surgical-academy')!
  const questions = await seedQuestions(payload, categories, { institution: academy, editor: users.get('editor@practica.test')! })
  const templates = await seedExamTemplates(payload, { institution: academy, categories })
  const resources = await seedResources(payload, categories, { institution: academy })
  const activity = await seedLearnerActivity(payload, 'learner@practica.test')
  const cohort = await seedCohort(payload, academy)
  payload.logger.info(
    `Seeded ${demoInstitutions.length} institutions, ${demoUsers.length} demo users, ${categories.size} categories, ${questions} questions, ${templates} exam templates, ${resources} resources` +
      (activity ? `, ${activity} sessions of learner history` : '') +
      (cohort ? ` and a class of ${cohort} learners with practice and a mock exam each.` : '.'),
  )
}
