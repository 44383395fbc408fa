import type { Access } from 'payload'

import { type AccessUser, CONTENT_AUTHOR_ROLES, hasInstitutionRole, isPlatformAdmin } from '@/access'

/** The taxonomy is shared by every institution: content authors anywhere may extend it. */
export const manageTaxonomy: Access = ({ req }) => {
  const user = req.user as AccessUser
  return isPlatformAdmin(user) || hasInstitutionRole(user, CONTENT_AUTHOR_ROLES)
}
