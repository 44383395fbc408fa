import type { Access, FieldAccess, Where } from 'payload'

import { CONTENT_AUTHOR_ROLES, KEY_READER_ROLES, type InstitutionRole } from './roles'
import { type AccessUser, hasInstitutionRole, institutionsWithRole, isPlatformAdmin, userOf } from './user'

const institutionOf = (doc: unknown): number | string | null => {
  const value = (doc as { institution?: unknown } | undefined)?.institution
  if (value == null) return null
  return typeof value === 'object' ? ((value as { id?: number | string }).id ?? null) : (value as number | string)
}

/** Roles that may draft questions; publishing needs a CONTENT_AUTHOR_ROLES role. */
export const QUESTION_DRAFTER_ROLES: readonly InstitutionRole[] = ['institution-admin', 'editor', 'instructor', 'examiner']

/** Whether the user may see answer keys of `doc` (a question, or any document carrying `institution` and `shared`). */
export function canReadKeysOf(user: AccessUser, doc?: unknown): boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const institution = institutionOf(doc)
  const shared = Boolean((doc as { shared?: boolean } | undefined)?.shared)
  if (institution == null || shared) return hasInstitutionRole(user, KEY_READER_ROLES)
  return hasInstitutionRole(user, KEY_READER_ROLES, institution)
}

/** Field-level read access for answer keys: correctness, accepted answers, feedback, explanations, references. */
export const keyFieldRead: FieldAccess = ({ req, doc }) => canReadKeysOf(userOf(req), doc)

/** Whether the user reads keys anywhere (used to vet queries before they run). */
export const readsKeysAnywhere = (user: AccessUser): boolean => isPlatformAdmin(user) || hasInstitutionRole(user, KEY_READER_ROLES)

/**
 * Institution content (questions, resources): staff of the owning institution see everything;
 * learners see published documents of their institutions; everyone signed in sees published shared ones.
 */
export const readInstitutionContent: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const staffOf = institutionsWithRole(user, [...KEY_READER_ROLES, 'teaching-assistant'])
  const memberOf = institutionsWithRole(user)
  const published: Where = { _status: { equals: 'published' } }
  const visible: Where[] = [{ and: [published, { shared: { equals: true } }] }]
  if (memberOf.length) visible.push({ and: [published, { institution: { in: memberOf } }] })
  if (staffOf.length) visible.push({ institution: { in: staffOf } }, { shared: { equals: true } })
  return { or: visible }
}

/** Writes by drafters of the owning institution (a hook reserves publishing for content authors). */
export const writeInstitutionContent: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const own = institutionsWithRole(user, QUESTION_DRAFTER_ROLES)
  if (own.length === 0) return false
  return { institution: { in: own } }
}

/** Creating: any drafter (the multi-tenant field then limits the institution to their own). */
export const createInstitutionContent: Access = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || hasInstitutionRole(user, QUESTION_DRAFTER_ROLES)
}

export const canPublish = (user: AccessUser, institution: number | string | null): boolean =>
  isPlatformAdmin(user) || (institution != null ? hasInstitutionRole(user, CONTENT_AUTHOR_ROLES, institution) : hasInstitutionRole(user, CONTENT_AUTHOR_ROLES))

/** Versions hold keys: only key readers list them, and only their institutions' (and shared) ones. */
export const readContentVersions: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const ids = institutionsWithRole(user, KEY_READER_ROLES)
  if (ids.length === 0) return false
  const visible: Where[] = [{ 'version.institution': { in: ids } }, { 'version.shared': { equals: true } }]
  return { or: visible }
}
