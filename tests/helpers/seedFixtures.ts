import type { Payload } from 'payload'

import { seed } from '../../seed'
import { DEMO_PASSWORD } from '../../seed/users'

export { DEMO_PASSWORD }

let seeded: Promise<void> | null = null

/** The demo data (institutions, one user per role) — the same seed `npm start` uses. */
export function ensureSeeded(payload: Payload): Promise<void> {
  seeded ??= seed(payload)
  return seeded
}

export async function institutionId(payload: Payload, slug: string): Promise<number> {
  const found = await payload.find({ collection: 'institutions', where: { slug: { equals: slug } }, limit: 1, overrideAccess: true })
  if (!found.docs[0]) throw new Error(`no institution ${slug}`)
  return found.docs[0].id
}

export async function userId(payload: Payload, email: string): Promise<number> {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true })
  if (!found.docs[0]) throw new Error(`no user ${email}`)
  return found.docs[0].id
}
