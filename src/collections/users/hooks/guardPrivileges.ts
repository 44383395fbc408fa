import type { CollectionBeforeOperationHook } from 'payload'

import { type AccessUser, institutionsWithRole, isPlatformAdmin } from '@/access'
import { ForbiddenBecause } from '@/lib/errors'
import { changesForeignMemberships } from '../membershipDiff'

const deny = (message: string, path: string): never => {
  throw new ForbiddenBecause(message, path)
}

/**
 * Refuse, with a clear 403 and before anything is written, any attempt to grant what one may not
 * grant: registrants set no roles or memberships; users cannot raise their own; institution admins
 * change memberships only in institutions they administer; only platform admins grant platform roles.
 */
export const guardPrivileges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (args.overrideAccess) return args
  const actor = req.user as AccessUser
  if (isPlatformAdmin(actor)) return args
  const data = (args.data ?? {}) as Record<string, unknown>

  if (Array.isArray(data.roles) && data.roles.length > 0) {
    const own = new Set((actor?.roles ?? []).map(String))
    if (data.roles.some((role) => !own.has(String(role)))) deny('Only platform admins can grant platform roles.', 'roles')
  }
  if (operation === 'create' && data._verified === true) deny('Only platform admins can create pre-verified accounts.', '_verified')
  if (data.memberships == null) return args

  const administered = new Set(institutionsWithRole(actor, ['institution-admin']).map(String))
  const rows = Array.isArray(data.memberships) ? (data.memberships as { institution?: unknown }[]) : []
  if (operation === 'create') {
    if (administered.size === 0) deny('Registration cannot set institution memberships or roles; use joinInstitution to join as a learner.', 'memberships')
    if (changesForeignMemberships(rows, [], administered)) deny('You can add people only to institutions you administer.', 'memberships')
    return args
  }
  // Payload reports updates by id as 'update' too; only bulk updates (by where) come without an id.
  const id = (args as { id?: number | string }).id
  if (id == null) deny('Memberships can be changed one user at a time.', 'memberships')
  const previous = await req.payload.db.findOne<{ id: number; memberships?: { institution?: unknown; roles?: unknown }[] }>({
    collection: 'users',
    req,
    where: { id: { equals: id } },
  })
  if (previous && changesForeignMemberships(rows, previous.memberships, administered)) {
    deny('You can change memberships only in institutions you administer.', 'memberships')
  }
  return args
}
