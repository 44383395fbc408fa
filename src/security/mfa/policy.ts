import { type AccessUser, institutionsWithRole, isPlatformAdmin, STAFF_ROLES } from '@/access'

/**
 * Who may (and who must) use a second factor. Pure: the setting comes from MFA_REQUIRED —
 * "platform-admins" (platform admins must enrol before they can sign in without it) or "staff"
 * (every staff member must); unset, it is optional for everyone who may enrol.
 */
export type MfaRequirement = 'none' | 'platform-admins' | 'staff'

export function mfaRequirement(value: string | undefined): MfaRequirement {
  const v = (value ?? '').trim().toLowerCase()
  if (v === 'platform-admins' || v === 'staff') return v
  return 'none'
}

/** Staff (any institution role but learner) and platform admins may enrol. */
export const isStaff = (user: AccessUser): boolean => isPlatformAdmin(user) || institutionsWithRole(user, STAFF_ROLES).length > 0

export const mayEnrolMfa = isStaff

/** Whether this person must have a second factor before signing in. */
export function mustUseMfa(user: AccessUser, requirement: MfaRequirement): boolean {
  if (requirement === 'platform-admins') return isPlatformAdmin(user)
  if (requirement === 'staff') return isStaff(user)
  return false
}
