import { APIError } from 'payload'

/**
 * A 403 that says why, with `{ message, path }` data. Named like Payload's own Forbidden so the
 * logging levels treat it as a routine client error rather than a server fault.
 */
export class ForbiddenBecause extends APIError {
  constructor(message: string, path: string) {
    super(message, 403, [{ message, path }] as unknown as Record<string, unknown>, true)
    this.name = 'Forbidden'
  }
}

/** 423 for a locked account, with when to retry. */
export class AccountLocked extends APIError {
  constructor(message: string, data: { lockedUntil: string; retryAfterSeconds: number }) {
    super(message, 423, data, true)
    this.name = 'LockedAuth'
  }
}
