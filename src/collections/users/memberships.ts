import type { Field, FieldAccess } from 'payload'

import { type AccessUser, INSTITUTION_ROLES, ROLE_LABELS, institutionsWithRole, isPlatformAdmin } from '@/access'

/** Platform admins and institution admins manage memberships (a hook limits the latter to their institutions). */
export const manageMemberships: FieldAccess = ({ req }) => {
  const user = req.user as AccessUser
  return isPlatformAdmin(user) || institutionsWithRole(user, ['institution-admin']).length > 0
}

/** The roles column of each membership row (the plugin adds the institution column). */
export const membershipRolesField: Field = {
  name: 'roles',
  type: 'select',
  hasMany: true,
  required: true,
  defaultValue: ['learner'],
  options: INSTITUTION_ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
}
