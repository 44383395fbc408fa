import type { Access, Where } from 'payload'

import { type AccessUser, institutionsWithRole, isPlatformAdmin, selfOrInstitutionAdmin, selfOrInstitutionStaff } from '@/access'

export const readUsers = selfOrInstitutionStaff
export const updateUsers = selfOrInstitutionAdmin

/** Anyone may register (becoming at most a learner); institution admins add people to their institutions. */
export const createUsers: Access = () => true

/** Only platform admins delete accounts outright; erasure for learners goes through the GDPR flow. */
export const deleteUsers: Access = ({ req }) => isPlatformAdmin(req.user as AccessUser)

/** Admins unlock locked accounts: platform admins anyone, institution admins their institutions' members. Never oneself. */
export const unlockUsers: Access = ({ req }) => {
  const user = req.user as AccessUser
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const administered = institutionsWithRole(user, ['institution-admin'])
  if (administered.length === 0) return false
  const constraints: Where[] = [{ 'memberships.institution': { in: administered } }, { id: { not_equals: user.id } }]
  return { and: constraints }
}

/** The admin panel is for staff; learners use the learner app. */
export const canUseAdmin = ({ req }: { req: { user?: unknown } }): boolean => {
  const user = req.user as AccessUser
  return isPlatformAdmin(user) || institutionsWithRole(user, ['institution-admin', 'instructor', 'teaching-assistant', 'editor', 'examiner', 'supervisor']).length > 0
}
