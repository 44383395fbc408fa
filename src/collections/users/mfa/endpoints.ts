import type { Endpoint, PayloadRequest } from 'payload'
import QRCode from 'qrcode'
import { z } from 'zod'

import { type AccessUser, administersPerson, institutionsWithRole, userOf } from '@/access'
import { audit } from '@/audit/record'
import { poolOf } from '@/db/sql'
import { clientError, readBody } from '@/endpoints/engine/handler'
import { me } from '@/endpoints/privacy'
import { idParam } from '@/lib/ids'
import { RequestError } from '@/lib/errors'
import { errorResponse } from '@/lib/zod'
import { documented } from '@/openapi/endpointDoc'
import { checkSecondFactor } from '@/security/mfa/checkCode'
import { enrolmentTokenUser, verifyEnrolmentToken } from '@/security/mfa/enrolmentToken'
import { mayEnrolMfa, mfaRequirement, mustUseMfa } from '@/security/mfa/policy'
import { hashRecoveryCode, newRecoveryCodes } from '@/security/mfa/recoveryCodes'
import { newTotpSecret, otpauthUrl, verifyTotp } from '@/security/mfa/totp'
import { peek, hit, tooManyRequests } from '@/security/rateLimit'
import { RATE_RULES } from '@/security/rateLimits'
import { MFA_OFF, type MfaState, readMfa, writeMfa } from './store'

const code = z.string().trim().min(1, 'Enter a code from your authenticator app (or a recovery code).').max(40)
const enrolment = z.object({ enrolment_token: z.string().max(400).optional() })
const withCode = z.object({ code })
const enableBody = z.object({ code, enrolment_token: z.string().max(400).optional() })

/**
 * The person acting: the signed-in user, or — only while enrolling, for someone whose role requires a
 * second factor and who therefore cannot sign in yet — the holder of a valid enrolment token.
 */
async function actor(req: PayloadRequest, token?: string): Promise<MfaState> {
  const signedIn = me(req)
  if (signedIn) {
    const state = await readMfa(req.payload, signedIn.id as number)
    if (state) return state
  }
  if (token) {
    const id = enrolmentTokenUser(token)
    const state = id ? await readMfa(req.payload, id) : null
    if (state && verifyEnrolmentToken(token, state.id, state.salt, req.payload.secret)) return state
    throw new RequestError(403, 'The enrolment link has expired. Sign in again to set up two-step sign-in.')
  }
  throw new RequestError(401, 'Sign in first.')
}

/** A TOTP or recovery code of the signed-in person, rate-limited like sign-in codes (wrong ones count). */
async function proveSecondFactor(req: PayloadRequest, state: MfaState, typed: string): Promise<Response | null> {
  const key = String(state.id)
  const before = await peek(req.payload, RATE_RULES.mfaByUser, key)
  if (!before.allowed) return tooManyRequests(before)
  const result = checkSecondFactor(state, typed, req.payload.secret)
  if (result.ok) {
    await writeMfa(req.payload, state.id, result.by === 'totp' ? { lastStep: result.lastStep } : { recoveryHashes: result.recoveryHashes })
    return null
  }
  const after = await hit(req.payload, RATE_RULES.mfaByUser, key)
  if (!after.allowed) return tooManyRequests(after)
  return errorResponse(400, 'That code is not right, or has been used already.', 'code')
}

const auditMfa = (req: PayloadRequest, state: MfaState, summary: string, actorId = state.id, actorEmail = state.email) =>
  audit(req, { action: 'mfa-change', summary, actor: actorId, actorEmail, entity: 'users', entityId: state.id })

const freshRecoveryCodes = (req: PayloadRequest) => {
  const codes = newRecoveryCodes()
  return { codes, hashes: codes.map((c) => hashRecoveryCode(c, req.payload.secret)) }
}

/** Runs a handler, answering client errors in Practica's JSON shape. */
const guarded =
  (run: (req: PayloadRequest) => Promise<Response>): Endpoint['handler'] =>
  async (req) => {
    try {
      return await run(req)
    } catch (error) {
      return clientError(error)
    }
  }

const status: Endpoint = {
  path: '/mfa',
  method: 'get',
  handler: guarded(async (req) => {
    const state = await actor(req)
    return Response.json({
      enabled: state.enabled,
      required: mustUseMfa(state.user, mfaRequirement(process.env.MFA_REQUIRED)),
      may_enrol: mayEnrolMfa(state.user),
      recovery_codes_left: state.enabled ? state.recoveryHashes.length : 0,
    })
  }),
}

const setup: Endpoint = {
  path: '/mfa/setup',
  method: 'post',
  handler: guarded(async (req) => {
    const body = enrolment.parse(await readBody(req))
    const state = await actor(req, body.enrolment_token)
    if (!mayEnrolMfa(state.user)) return errorResponse(403, 'Two-step sign-in is for staff accounts.')
    if (state.enabled) return errorResponse(409, 'Two-step sign-in is already on. Turn it off first to move it to another device.')
    const secret = newTotpSecret()
    await writeMfa(req.payload, state.id, { pendingSecret: secret })
    const url = otpauthUrl(secret, state.email)
    return Response.json({ secret, otpauth_url: url, qr_svg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) })
  }),
}

const enable: Endpoint = {
  path: '/mfa/enable',
  method: 'post',
  handler: guarded(async (req) => {
    const body = enableBody.parse(await readBody(req))
    const state = await actor(req, body.enrolment_token)
    if (!mayEnrolMfa(state.user)) return errorResponse(403, 'Two-step sign-in is for staff accounts.')
    if (state.enabled) return errorResponse(409, 'Two-step sign-in is already on.')
    if (!state.pendingSecret) return errorResponse(409, 'Start the set-up first (POST /users/mfa/setup).')
    // Proof that the app holds the new secret. Not recorded as used: the same code may sign in next.
    if (verifyTotp(state.pendingSecret, body.code) === null) return errorResponse(400, 'That code does not match. Check the time on your phone and enter the current code.', 'code')
    const { codes, hashes } = freshRecoveryCodes(req)
    await writeMfa(req.payload, state.id, { enabled: true, secret: state.pendingSecret, pendingSecret: null, recoveryHashes: hashes, lastStep: null })
    await auditMfa(req, state, `${state.email} turned on two-step sign-in`)
    return Response.json({ enabled: true, recovery_codes: codes })
  }),
}

const disable: Endpoint = {
  path: '/mfa/disable',
  method: 'post',
  handler: guarded(async (req) => {
    const body = withCode.parse(await readBody(req))
    const state = await actor(req)
    if (!state.enabled) return errorResponse(409, 'Two-step sign-in is not on.')
    if (mustUseMfa(state.user, mfaRequirement(process.env.MFA_REQUIRED))) return errorResponse(403, 'Your role requires two-step sign-in, so it cannot be turned off. Ask a platform admin to reset it if you lost your device.')
    const refused = await proveSecondFactor(req, state, body.code)
    if (refused) return refused
    await writeMfa(req.payload, state.id, MFA_OFF)
    await auditMfa(req, state, `${state.email} turned off two-step sign-in`)
    return Response.json({ enabled: false })
  }),
}

const regenerate: Endpoint = {
  path: '/mfa/recovery-codes',
  method: 'post',
  handler: guarded(async (req) => {
    const body = withCode.parse(await readBody(req))
    const state = await actor(req)
    if (!state.enabled) return errorResponse(409, 'Two-step sign-in is not on.')
    const refused = await proveSecondFactor(req, state, body.code)
    if (refused) return refused
    const { codes, hashes } = freshRecoveryCodes(req)
    await writeMfa(req.payload, state.id, { recoveryHashes: hashes })
    await auditMfa(req, state, `${state.email} replaced their recovery codes`)
    return Response.json({ recovery_codes: codes })
  }),
}

/** For someone who lost their device: their admin turns the second factor off and ends their sessions. */
const reset: Endpoint = {
  path: '/:id/mfa/reset',
  method: 'post',
  handler: guarded(async (req) => {
    const caller = userOf(req)
    if (!caller) return errorResponse(401, 'Sign in first.')
    const id = idParam.safeParse(req.routeParams?.id)
    const state = id.success ? await readMfa(req.payload, id.data) : null
    if (!state) return errorResponse(404, 'No such user.')
    if (!administersPerson(caller, state.user)) return errorResponse(403, 'Only a platform admin, or an admin of every institution this person belongs to, can reset their two-step sign-in.')
    if (!state.enabled && !state.pendingSecret) return errorResponse(409, 'Two-step sign-in is not on for this person.')
    await writeMfa(req.payload, state.id, MFA_OFF)
    await poolOf(req.payload).query('delete from users_sessions where _parent_id = $1', [state.id])
    const who = caller as AccessUser & { email?: string }
    const institution = institutionsWithRole(state.user).find((i) => institutionsWithRole(caller, ['institution-admin']).map(String).includes(String(i)))
    await audit(req, {
      action: 'mfa-change',
      summary: `${who?.email ?? 'An admin'} reset two-step sign-in for ${state.email} and ended their sessions`,
      actor: caller.id as number,
      actorEmail: who?.email ?? null,
      institution: institution == null ? null : Number(institution),
      entity: 'users',
      entityId: state.id,
    })
    return Response.json({ enabled: false, message: `Two-step sign-in is off for ${state.email}; they can set it up again when they next sign in.` })
  }),
}

export const mfaEndpoints: Endpoint[] = [
  documented(status, { summary: 'Two-step sign-in: whether it is on for the caller, required, and how many recovery codes are left.', auth: 'staff' }),
  documented(setup, { summary: 'Start enrolment: a new TOTP secret, its otpauth:// address and a QR code (SVG).', body: enrolment, auth: 'staff' }),
  documented(enable, { summary: 'Finish enrolment with a code from the app; answers the recovery codes, once.', body: enableBody, auth: 'staff' }),
  documented(disable, { summary: 'Turn two-step sign-in off (a current code or recovery code required).', body: withCode, auth: 'staff' }),
  documented(regenerate, { summary: 'Replace the recovery codes (a current code required).', body: withCode, auth: 'staff' }),
  documented(reset, { summary: 'An admin turns off a person’s two-step sign-in (lost device) and ends their sessions.', auth: 'staff' }),
]
