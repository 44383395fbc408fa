import type { InstitutionRole } from './roles'

/** The slice of a user document the access predicates read. Pure data: no Payload, no I/O. */
export type Membership = { institution: number | string | { id: number | string } | null | undefined; roles?: readonly string[] | null }
export type AccessUser = {
  id: number | string
  collection?: string
  roles?: readonly string[] | null
  memberships?: readonly Membership[] | null
} | null | undefined

export type InstitutionID = number | string

const idOf = (value: Membership['institution']): InstitutionID | null =>
  value == null ? null : typeof value === 'object' ? value.id : value

export const isPlatformAdmin = (user: AccessUser): boolean => Boolean(user?.roles?.includes('platform-admin'))

/** Institutions in which the user holds any of `roles` (any role at all when `roles` is omitted). */
export function institutionsWithRole(user: AccessUser, roles?: readonly InstitutionRole[]): InstitutionID[] {
  const ids = new Set<InstitutionID>()
  for (const membership of user?.memberships ?? []) {
    const id = idOf(membership.institution)
    if (id == null) continue
    if (!roles || (membership.roles ?? []).some((role) => (roles as readonly string[]).includes(role))) ids.add(id)
  }
  return [...ids]
}

/** Whether the user holds one of `roles` — in a given institution, or in any when none is given. */
export function hasInstitutionRole(user: AccessUser, roles: readonly InstitutionRole[], institution?: InstitutionID | null): boolean {
  const ids = institutionsWithRole(user, roles)
  return institution == null ? ids.length > 0 : ids.some((id) => String(id) === String(institution))
}

/** The roles the user holds in one institution. */
export function rolesIn(user: AccessUser, institution: InstitutionID): InstitutionRole[] {
  const roles = new Set<InstitutionRole>()
  for (const membership of user?.memberships ?? []) {
    if (String(idOf(membership.institution)) === String(institution)) {
      for (const role of membership.roles ?? []) roles.add(role as InstitutionRole)
    }
  }
  return [...roles]
}

export const isSelf = (user: AccessUser, id: InstitutionID | null | undefined): boolean =>
  Boolean(user && id != null && String(user.id) === String(id))

/** Payload's req.user, narrowed to what the predicates read. */
export const userOf = (req: { user?: unknown }): AccessUser => req.user as AccessUser
