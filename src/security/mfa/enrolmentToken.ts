import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A short-lived proof that someone gave the right password but must enrol a second factor before
 * they may sign in (MFA_REQUIRED). It allows only the enrolment endpoints, and a password change
 * (which changes `bindTo`, the stored salt) voids it.
 */
const TTL_MS = 10 * 60 * 1000

const sign = (userId: number, expires: number, bindTo: string, appSecret: string) =>
  createHmac('sha256', appSecret).update(`mfa-enrol:${userId}:${expires}:${bindTo}`).digest('base64url')

export function enrolmentToken(userId: number, bindTo: string, appSecret: string, now = Date.now()): string {
  const expires = now + TTL_MS
  return `${userId}.${expires}.${sign(userId, expires, bindTo, appSecret)}`
}

/** The user id the token was issued for (read without trusting it; check with `verifyEnrolmentToken`). */
export function enrolmentTokenUser(token: string): number | null {
  const id = Number(token.split('.')[0])
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

export function verifyEnrolmentToken(token: string, userId: number, bindTo: string, appSecret: string, now = Date.now()): boolean {
  const [id, expires, signature] = token.split('.')
  if (Number(id) !== userId || !signature || !(Number(expires) > now)) return false
  const expected = Buffer.from(sign(userId, Number(expires), bindTo, appSecret))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
