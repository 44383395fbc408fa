import type { CollectionBeforeOperationHook } from 'payload'

import { AccountLocked } from '@/lib/errors'

/**
 * Payload answers a locked account with a bare "locked" error. Learners need to know when they
 * can try again, so say it — with a Retry-After style figure — before Payload checks the password.
 */
export const explainLockout: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = typeof args.data?.email === 'string' ? args.data.email.trim().toLowerCase() : null
  if (!email) return args
  const found = await req.payload.db.findOne<{ id: number; lockUntil?: string | null }>({
    collection: 'users',
    req,
    where: { email: { equals: email } },
  })
  const lockUntil = found?.lockUntil ? new Date(found.lockUntil) : null
  if (lockUntil && lockUntil.getTime() > Date.now()) {
    const seconds = Math.ceil((lockUntil.getTime() - Date.now()) / 1000)
    const minutes = Math.ceil(seconds / 60)
    const message = `This account is locked after too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'} (after ${lockUntil.toISOString()}).`
    throw new AccountLocked(message, { lockedUntil: lockUntil.toISOString(), retryAfterSeconds: seconds })
  }
  return args
}
