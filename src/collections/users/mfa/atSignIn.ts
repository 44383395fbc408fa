import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { audit } from '@/audit/record'
import { SecondFactorNeeded } from '@/lib/errors'
import { checkSecondFactor } from '@/security/mfa/checkCode'
import { enrolmentToken } from '@/security/mfa/enrolmentToken'
import { mfaRequirement, mustUseMfa } from '@/security/mfa/policy'
import { hit, peek, type RateDecision, tooManyRequests } from '@/security/rateLimit'
import { RATE_RULES } from '@/security/rateLimits'
import { readMfa, writeMfa } from './store'

/** Set by the password-reset endpoint: Payload signs the person in after a reset, which must not skip the second factor. */
export const PASSWORD_RESET = 'practicaPasswordReset'
/** Set here when a reset must not hand out a session (the endpoint then withholds the cookie and token). */
export const WITHHOLD_SESSION = 'practicaWithholdSession'

/** A 429 (the REST sign-in endpoint answers it with Retry-After; see ../endpoints/rateLimited.ts). */
class TooManyCodes extends APIError {
  constructor(readonly response: Response, message: string) {
    super(message, 429, undefined, true)
    this.name = 'Forbidden'
  }
}

/**
 * Runs after Payload has accepted the password (inside its sign-in transaction): a person with
 * two-step sign-in must also give `code` — a code from their authenticator app, accepted once, or a
 * recovery code, used up — and a person whose role requires it (MFA_REQUIRED) but who has not enrolled
 * gets a short-lived enrolment token instead of a session. Wrong codes are rate-limited per person.
 */
export const secondFactorAtSignIn: CollectionBeforeLoginHook = async ({ req, user }) => {
  if (req.context?.passwordCheck) return user
  const state = await readMfa(req.payload, user.id as number, req)
  if (!state) return user
  const required = mustUseMfa(state.user, mfaRequirement(process.env.MFA_REQUIRED))

  if (req.context?.[PASSWORD_RESET]) {
    if (state.enabled || required) req.context[WITHHOLD_SESSION] = true
    return user
  }
  if (!state.enabled) {
    if (!required) return user
    throw new SecondFactorNeeded('Your role requires two-step sign-in. Set it up with an authenticator app to continue.', 403, {
      mfa: 'enrol',
      enrolment_token: enrolmentToken(state.id, state.salt, req.payload.secret),
    })
  }

  const code = typeof req.data?.code === 'string' ? req.data.code.trim() : ''
  if (!code) throw new SecondFactorNeeded('Enter the 6-digit code from your authenticator app, or one of your recovery codes.', 401, { mfa: 'code' })
  // Only wrong codes count: five in 15 minutes and the account waits.
  const key = String(state.id)
  const before = await peek(req.payload, RATE_RULES.mfaByUser, key)
  if (!before.allowed) throw tooMany(before)
  const result = checkSecondFactor(state, code, req.payload.secret)
  if (!result.ok) {
    const after = await hit(req.payload, RATE_RULES.mfaByUser, key)
    if (!after.allowed) throw tooMany(after)
    throw new SecondFactorNeeded('That code is not right, or has been used already. Enter the current code from your authenticator app.', 401, { mfa: 'code' })
  }
  if (result.by === 'totp') {
    await writeMfa(req.payload, state.id, { lastStep: result.lastStep }, req)
  } else {
    await writeMfa(req.payload, state.id, { recoveryHashes: result.recoveryHashes }, req)
    await audit(req, {
      action: 'mfa-change',
      summary: `${state.email} signed in with a recovery code (${result.recoveryHashes.length} left)`,
      actor: state.id,
      actorEmail: state.email,
      entity: 'users',
      entityId: state.id,
    })
  }
  return user
}

const tooMany = (decision: Extract<RateDecision, { allowed: false }>) =>
  new TooManyCodes(tooManyRequests(decision), `${decision.message} Try again in ${decision.retryAfterSec} seconds.`)

/** The 429 to answer when the hook gave up on too many codes. */
export const tooManyCodesResponse = (error: unknown): Response | null => (error instanceof TooManyCodes ? error.response : null)
