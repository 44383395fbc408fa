import type { Access, FieldAccess, Where } from 'payload'

import { LEARNER_VIEWER_ROLES, type InstitutionRole } from './roles'
import { type AccessUser, hasInstitutionRole, institutionsWithRole, isPlatformAdmin, userOf } from './user'


export const anyone: Access = () => true
export const authenticated: Access = ({ req }) => Boolean(req.user)
export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(userOf(req))
export const nobody: Access = () => false

export const platformAdminField: FieldAccess = ({ req }) => isPlatformAdmin(userOf(req))

/** Platform admins, or holders of one of `roles` in any institution (a where-constraint narrows further). */
export const hasRoleAnywhere =
  (roles: readonly InstitutionRole[]): Access =>
  ({ req }) =>
    isPlatformAdmin(userOf(req)) || hasInstitutionRole(userOf(req), roles)

/**
 * Documents owned by an institution: platform admins see all; others see documents of the
 * institutions where they hold one of `roles`, plus documents a platform admin marked shared.
 */
export const institutionScoped =
  (roles: readonly InstitutionRole[], options: { field?: string; includeShared?: boolean } = {}): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (!user) return false
    if (isPlatformAdmin(user)) return true
    const field = options.field ?? 'institution'
    const own: Where = { [field]: { in: institutionsWithRole(user, roles) } }
    return options.includeShared ? { or: [own, { shared: { equals: true } }] } : own
  }

/** Users: yourself, or members of an institution where you are staff who may see learners. */
export const selfOrInstitutionStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const institutions = institutionsWithRole(user, LEARNER_VIEWER_ROLES)
  const self: Where = { id: { equals: user.id } }
  if (institutions.length === 0) return self
  const members: Where = { 'memberships.institution': { in: institutions } }
  return { or: [self, members] }
}

/** Users: yourself, or members of an institution you administer. */
export const selfOrInstitutionAdmin: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const institutions = institutionsWithRole(user, ['institution-admin'])
  const self: Where = { id: { equals: user.id } }
  if (institutions.length === 0) return self
  const members: Where = { 'memberships.institution': { in: institutions } }
  return { or: [self, members] }
}

/**
 * Whether `caller` administers `person`: a platform admin, or an institution admin of every institution
 * the person belongs to (never of a platform admin). For erasure and second-factor resets.
 */
export function administersPerson(caller: AccessUser, person: AccessUser): boolean {
  if (isPlatformAdmin(caller)) return true
  if (!caller || isPlatformAdmin(person)) return false
  const administered = institutionsWithRole(caller, ['institution-admin']).map(String)
  const theirs = institutionsWithRole(person).map(String)
  return theirs.length > 0 && theirs.every((institution) => administered.includes(institution))
}
