import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { type AccessUser, institutionsWithRole, isPlatformAdmin } from '@/access'

type MembershipInput = { institution?: unknown; roles?: unknown }

const idOf = (value: unknown): string => String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/**
 * Refuse, with a clear 403, any attempt to grant roles one is not entitled to grant:
 * registrants set no roles or memberships; institution admins touch only memberships of
 * institutions they administer; only platform admins grant platform roles or mark users verified.
 */
export const guardPrivileges: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (args.overrideAccess) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const actor = req.user as AccessUser
  if (isPlatformAdmin(actor)) return args
  const deny = (message: string): never => {
    throw new APIError(message, 403, [{ message, path: 'roles' }], true)
  }
  if ('roles' in data && Array.isArray(data.roles) && data.roles.length > 0) {
    const own = new Set((actor?.roles ?? []).map(String))
    if (data.roles.some((role) => !own.has(String(role)))) deny('Only platform admins can grant platform roles.')
  }
  if ('_verified' in data && data._verified === true && operation === 'create') deny('Only platform admins can create pre-verified accounts.')
  if ('memberships' in data && data.memberships != null) {
    const administered = new Set(institutionsWithRole(actor, ['institution-admin']).map(String))
    if (administered.size === 0) {
      if (operation === 'create') deny('Registration cannot set institution memberships or roles; use joinInstitution to join as a learner.')
      // Non-admins may resubmit their own memberships unchanged (the admin form does); the hook below checks.
    }
    const rows = Array.isArray(data.memberships) ? (data.memberships as MembershipInput[]) : []
    if (administered.size > 0 && rows.some((row) => !administered.has(idOf(row.institution)))) {
      // Rows of other institutions are allowed only if unchanged; compared against the stored doc in beforeChange.
      req.context.membershipsNeedComparison = true
    }
    if (administered.size === 0) req.context.membershipsNeedComparison = true
  }
  return args
}
