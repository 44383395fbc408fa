import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'

import type { AuditAction } from './actions'
import { changedFields, withoutSecrets } from './diff'
import { audit } from './record'

type Doc = Record<string, unknown>

const idOf = (value: unknown): number | null => (value == null ? null : typeof value === 'object' ? ((value as { id?: number }).id ?? null) : Number(value))
const actorOf = (req: PayloadRequest) => (req.user && req.user.collection === 'users' ? { actor: req.user.id as number, actorEmail: (req.user as { email?: string }).email ?? null } : { actor: null, actorEmail: null })
const titleOf = (doc: Doc) => String(doc.title ?? doc.name ?? doc.email ?? doc.filename ?? doc.slug ?? `#${doc.id}`).slice(0, 120)
const institutionOf = (slug: string, doc: Doc) => (slug === 'institutions' ? idOf(doc.id) : idOf(doc.institution))
const skipped = (req: PayloadRequest) => req.context?.audit === false

const ROLE_FIELDS = ['roles', 'memberships']

/** Content changes: who, what, the changed fields before and after; publishing and role changes named as such. */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (skipped(req)) return doc
  const before = operation === 'create' ? null : (previousDoc as Doc)
  const diff = changedFields(before, doc as Doc)
  if (operation === 'update' && diff.fields.length === 0) return doc
  let action: AuditAction = operation
  if (operation === 'update' && diff.fields.some((f) => ROLE_FIELDS.includes(f)) && collection.slug === 'users') action = 'role-change'
  else if (doc._status === 'published' && before?._status !== 'published' && operation === 'update') action = 'publish'
  const noun = collection.labels?.singular ?? collection.slug
  await audit(req, {
    action,
    summary: `${action === 'role-change' ? 'Roles changed' : action[0].toUpperCase() + action.slice(1)}: ${typeof noun === 'string' ? noun : collection.slug} “${titleOf(doc as Doc)}”${operation === 'update' && action !== 'role-change' ? ` (${diff.fields.join(', ')})` : ''}`,
    ...actorOf(req),
    institution: institutionOf(collection.slug, doc as Doc),
    entity: collection.slug,
    entityId: (doc as Doc).id as number,
    before: operation === 'create' ? null : diff.before,
    after: operation === 'create' ? withoutSecrets(doc as Doc) : diff.after,
  })
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (skipped(req)) return doc
  const noun = collection.labels?.singular ?? collection.slug
  await audit(req, {
    action: 'delete',
    summary: `Delete: ${typeof noun === 'string' ? noun : collection.slug} “${titleOf(doc as Doc)}”`,
    ...actorOf(req),
    // A deleted institution can no longer be referred to (the entry keeps its name and id in `before`).
    institution: collection.slug === 'institutions' ? null : institutionOf(collection.slug, doc as Doc),
    entity: collection.slug,
    entityId: (doc as Doc).id as number,
    before: withoutSecrets(doc as Doc),
  })
  return doc
}

/** Sign-ins (a password check for a sensitive action passes `context.passwordCheck` and is not a sign-in). */
export const auditSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.context?.passwordCheck) return user
  await audit(req, { action: 'sign-in', summary: `Sign-in: ${user.email}`, actor: user.id as number, actorEmail: user.email as string, entity: 'users', entityId: user.id as number })
  return user
}
