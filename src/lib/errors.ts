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

/** A 400 for a bad query parameter, with `{ message, path }` data; logged as a routine client error. */
export class BadQuery extends APIError {
  constructor(message: string, path: string) {
    super(message, 400, [{ message, path }] as unknown as Record<string, unknown>, true)
    this.name = 'ValidationError'
  }
}

/** A 413 for an upload over its limit, with `{ message, path }` data; logged as a routine client error. */
export class TooLarge extends APIError {
  constructor(message: string, path: string) {
    super(message, 413, [{ message, path }] as unknown as Record<string, unknown>, true)
    this.name = 'ValidationError'
  }
}

/** 423 for a locked account, with when to retry. */
export class AccountLocked extends APIError {
  constructor(message: string, data: { lockedUntil: string; retryAfterSeconds: number }) {
    super(message, 423, data, true)
    this.name = 'LockedAuth'
  }
}

// Payload's error names, so its logging levels treat these as routine client errors (a 409 is a conflict with the current state: 'Locked').
const NAMES: Record<number, string> = { 400: 'ValidationError', 401: 'Forbidden', 403: 'Forbidden', 404: 'NotFound', 409: 'Locked', 422: 'ValidationError' }

/** A client error with a clear message (and the request field it concerns): `{ errors: [{ message, path }] }`. */
export class RequestError extends APIError {
  constructor(
    status: 400 | 401 | 403 | 404 | 409 | 422,
    message: string,
    readonly path?: string,
  ) {
    super(message, status, [{ message, ...(path ? { path } : {}) }] as unknown as Record<string, unknown>, true)
    this.name = NAMES[status]
  }
}

/**
 * The password was right but sign-in needs the second factor: a 401 asking for the code (`mfa: "code"`),
 * or a 403 when the person must first enrol (`mfa: "enrol"`, with a short-lived enrolment token).
 */
export class SecondFactorNeeded extends APIError {
  constructor(message: string, status: 401 | 403, data: { mfa: 'code' | 'enrol'; enrolment_token?: string }) {
    super(message, status, data, true)
    // Logged as a routine client error, like a refused password.
    this.name = 'Forbidden'
  }
}
