import type { Access, Where } from 'payload'

import { ACTIVITY_VIEWER_ROLES, institutionsWithRole, isPlatformAdmin, userOf } from '@/access'

/** A learner's own records, or those of institutions where the caller views learners' activity. */
export const ownOrInstitutionActivity =
  (ownFilter?: Where): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (!user) return false
    if (isPlatformAdmin(user)) return true
    const own: Where = ownFilter ? { and: [{ user: { equals: user.id } }, ownFilter] } : { user: { equals: user.id } }
    const institutions = institutionsWithRole(user, ACTIVITY_VIEWER_ROLES)
    return institutions.length ? { or: [own, { institution: { in: institutions } }] } : own
  }
