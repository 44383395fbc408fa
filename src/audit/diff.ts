import { MFA_SECRET_FIELDS } from '@/collections/users/mfa/fields'

/** Fields that never go into the audit log (secrets, and what changes on every save). */
const NEVER = new Set(['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', '_verificationToken', 'sessions', 'loginAttempts', 'lockUntil', 'apiKey', 'apiKeyIndex', 'key', 'keyHash', 'updatedAt', 'createdAt', 'lastLoginAt', 'password', ...MFA_SECRET_FIELDS])

/** A populated related document (it has an id and timestamps, unlike an array row) counts as its id. */
const isDocument = (v: unknown): v is { id: unknown } => Boolean(v && typeof v === 'object' && !Array.isArray(v) && 'id' in v && 'updatedAt' in v)
const comparable = (value: unknown): string => JSON.stringify(value ?? null, (_k, v) => (isDocument(v) ? v.id : v))

/**
 * The top-level fields that differ between two versions of a document, as `{ before, after }` objects
 * holding only those fields (related documents compared by id). Pure.
 */
export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const fields: string[] = []
  const was: Record<string, unknown> = {}
  const now: Record<string, unknown> = {}
  for (const key of keys) {
    if (NEVER.has(key) || key === 'id') continue
    const a = before?.[key]
    const b = after?.[key]
    if (comparable(a) === comparable(b)) continue
    fields.push(key)
    if (before) was[key] = a ?? null
    if (after) now[key] = b ?? null
  }
  return { fields: fields.sort(), before: before ? was : null, after: after ? now : null }
}

/** A document without secrets, for a create or delete entry. Pure. */
export const withoutSecrets = (doc: Record<string, unknown>) => Object.fromEntries(Object.entries(doc).filter(([k]) => !NEVER.has(k) || k === 'createdAt'))
