import type { Endpoint, PayloadRequest } from 'payload'

import { auditSql, origin } from '@/audit/record'
import { poolOf } from '@/db/sql'
import { hitAll, tooManyRequests } from '@/security/rateLimit'
import { PASSWORD_RESET, tooManyCodesResponse, WITHHOLD_SESSION } from '../mfa/atSignIn'
import { clientAddress, RATE_RULES, type RateRule } from '@/security/rateLimits'

type Checks = (req: PayloadRequest) => [RateRule, string | null][]

/**
 * Puts a PostgreSQL-backed rate limit in front of one of Payload's own auth endpoints: counts the
 * hit, answers 429 with Retry-After when over the limit, else hands the request to Payload's handler.
 */
const limited = (path: string, checks: Checks): Endpoint => {
  const endpoint: Endpoint = {
    path,
    method: 'post',
    custom: { practicaRateLimit: true },
    handler: async (req) => {
      const decision = await hitAll(req.payload, checks(req))
      if (!decision.allowed) return tooManyRequests(decision)
      const endpoints = req.payload.collections.users.config.endpoints || []
      const original = endpoints.find((e) => e.path === path && e.method === 'post' && !e.custom?.practicaRateLimit)
      if (!original) throw new Error(`Payload's ${path} endpoint is missing`)
      if (path === '/reset-password') return withoutSessionWhenWithheld(req, await original.handler(markReset(req)))
      if (path !== '/login') return original.handler(req)
      // Payload answers a refused sign-in by throwing (its error handler writes the response).
      try {
        const response = await original.handler(req)
        if (response.status >= 400) await auditFailedSignIn(req, response.status)
        return response
      } catch (error) {
        await auditFailedSignIn(req, (error as { status?: number }).status ?? 500, error)
        const tooMany = tooManyCodesResponse(error)
        if (tooMany) return tooMany
        throw error
      }
    },
  }
  return endpoint
}

const ip = (req: PayloadRequest) => clientAddress(req.headers)

const markReset = (req: PayloadRequest): PayloadRequest => {
  req.context = { ...req.context, [PASSWORD_RESET]: true }
  return req
}

/**
 * Payload signs a person in after a password reset. For someone with two-step sign-in that would skip
 * the second factor, so the new password stands but the session is dropped: no cookie, no token.
 */
async function withoutSessionWhenWithheld(req: PayloadRequest, response: Response): Promise<Response> {
  if (!req.context?.[WITHHOLD_SESSION] || !response.ok) return response
  const body = (await response.json().catch(() => ({}))) as { token?: string }
  const sid = sessionOf(body.token)
  if (sid) await poolOf(req.payload).query(`delete from users_sessions where id = $1`, [sid])
  return Response.json({ message: 'Your password has been changed. Sign in with it and your two-step code.', mfa: 'sign-in' })
}

/** The session id inside a Payload token (read only to revoke it, so the signature does not matter). */
function sessionOf(token: string | undefined): string | null {
  try {
    const claims = JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid?: unknown }
    return typeof claims.sid === 'string' ? claims.sid : null
  } catch {
    return null
  }
}

/** A refused sign-in, with the address tried (Payload's handler has parsed the body into req.data). */
async function auditFailedSignIn(req: PayloadRequest, status: number, error?: unknown) {
  const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase().slice(0, 254) : null
  const mfa = (error as { data?: { mfa?: string } } | undefined)?.data?.mfa
  const why =
    status === 429 ? 'too many wrong two-step codes'
    : mfa === 'enrol' ? 'two-step sign-in must be set up first'
    : mfa === 'code' ? (req.data?.code ? 'wrong two-step code' : 'two-step code needed')
    : status === 423 ? 'account locked'
    : status === 401 ? 'wrong email or password'
    : `refused (${status})`
  await auditSql(poolOf(req.payload), { action: 'sign-in-failed', summary: `Failed sign-in${email ? ` for ${email}` : ''}: ${why}`, actorEmail: email, entity: 'users', ...origin(req) })
}

/** Sign-in, self-registration and password resets, limited per client address (accounts also lock after failed sign-ins). */
export const rateLimitedAuthEndpoints: Endpoint[] = [
  limited('/login', (req) => [[RATE_RULES.loginByIp, ip(req)]]),
  limited('/forgot-password', (req) => [[RATE_RULES.forgotByIp, ip(req)]]),
  limited('/reset-password', (req) => [[RATE_RULES.resetByIp, ip(req)]]),
  // Creating a user without being signed in is self-registration.
  limited('/', (req) => [[RATE_RULES.registerByIp, req.user ? null : ip(req)]]),
]
