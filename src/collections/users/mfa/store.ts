import type { Payload, PayloadRequest } from 'payload'

import type { AccessUser } from '@/access'
import { open, seal } from '@/security/mfa/secretBox'

const PURPOSE = 'mfa-totp'

/** What the second factor needs to know about one person (read past the fields' hiding). */
export type MfaState = {
  id: number
  email: string
  salt: string
  enabled: boolean
  secret: string | null
  pendingSecret: string | null
  recoveryHashes: string[]
  lastStep: number | null
  user: AccessUser
}

type Row = {
  id: number
  email: string
  salt?: string | null
  roles?: string[] | null
  memberships?: NonNullable<AccessUser>['memberships']
  mfaEnabled?: boolean | null
  mfaSecret?: string | null
  mfaPendingSecret?: string | null
  mfaRecoveryCodes?: unknown
  mfaLastStep?: number | null
}

export async function readMfa(payload: Payload, id: number, req?: Partial<PayloadRequest>): Promise<MfaState | null> {
  const row = await payload.db.findOne<Row>({ collection: 'users', req, where: { id: { equals: id } } })
  if (!row) return null
  const unseal = (value?: string | null) => (value ? open(value, payload.secret, PURPOSE) : null)
  return {
    id: row.id,
    email: row.email,
    salt: row.salt ?? '',
    enabled: Boolean(row.mfaEnabled),
    secret: unseal(row.mfaSecret),
    pendingSecret: unseal(row.mfaPendingSecret),
    recoveryHashes: Array.isArray(row.mfaRecoveryCodes) ? (row.mfaRecoveryCodes as string[]) : [],
    lastStep: row.mfaLastStep ?? null,
    user: { id: row.id, roles: row.roles ?? [], memberships: row.memberships ?? [] },
  }
}

export type MfaChange = Partial<{
  enabled: boolean
  secret: string | null
  pendingSecret: string | null
  recoveryHashes: string[] | null
  lastStep: number | null
}>

/** Writes the changed parts (seeds sealed), in the request's transaction when one is given. */
export async function writeMfa(payload: Payload, id: number, change: MfaChange, req?: Partial<PayloadRequest>): Promise<void> {
  const data: Record<string, unknown> = {}
  const sealOrNull = (value: string | null) => (value ? seal(value, payload.secret, PURPOSE) : null)
  if (change.enabled !== undefined) data.mfaEnabled = change.enabled
  if (change.secret !== undefined) data.mfaSecret = sealOrNull(change.secret)
  if (change.pendingSecret !== undefined) data.mfaPendingSecret = sealOrNull(change.pendingSecret)
  if (change.recoveryHashes !== undefined) data.mfaRecoveryCodes = change.recoveryHashes
  if (change.lastStep !== undefined) data.mfaLastStep = change.lastStep
  await payload.db.updateOne({ collection: 'users', id, data, req, returning: false })
}

/** Turning two-step sign-in off clears everything it kept. */
export const MFA_OFF: MfaChange = { enabled: false, secret: null, pendingSecret: null, recoveryHashes: null, lastStep: null }
