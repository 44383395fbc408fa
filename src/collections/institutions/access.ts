import type { Access, Where } from 'payload'

import { type AccessUser, institutionsWithRole, isPlatformAdmin } from '@/access'

/**
 * Anonymous visitors see only institutions open for self-registration (the sign-up form lists them);
 * signed-in users see the institutions they belong to (the multi-tenant plugin narrows to those).
 */
export const readInstitutions: Access = ({ req }) => {
  const open: Where[] = [{ selfRegistration: { equals: true } }, { active: { equals: true } }]
  if (!req.user) return { and: open }
  return true
}

/** Platform admins, or the institution's own admins. */
export const updateInstitution: Access = ({ req }) => {
  const user = req.user as AccessUser
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const administered = institutionsWithRole(user, ['institution-admin'])
  return administered.length > 0 ? { id: { in: administered } } : false
}
