import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { type AccessUser, institutionsWithRole, isPlatformAdmin } from '@/access'

type Row = { institution?: unknown; roles?: unknown }

const idOf = (value: unknown): string => String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
const key = (rows: Row[] | undefined, keep: (institution: string) => boolean): string =>
  JSON.stringify(
    (rows ?? [])
      .filter((row) => keep(idOf(row.institution)))
      .map((row) => [idOf(row.institution), [...((row.roles as string[]) ?? [])].sort()])
      .sort(),
  )

/**
 * Memberships an actor does not administer must come through unchanged: an institution admin
 * cannot add, remove or alter another institution's membership rows, and nobody else can alter any.
 */
export const enforceMembershipChanges: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.context.membershipsNeedComparison || !data.memberships) return data
  const actor = req.user as AccessUser
  if (isPlatformAdmin(actor)) return data
  const administered = new Set(institutionsWithRole(actor, ['institution-admin']).map(String))
  const foreign = (institution: string) => !administered.has(institution)
  if (key(data.memberships as Row[], foreign) !== key(originalDoc?.memberships as Row[] | undefined, foreign)) {
    const message = 'You can change memberships only in institutions you administer.'
    throw new APIError(message, 403, [{ message, path: 'memberships' }], true)
  }
  return data
}
