import type { Endpoint, PayloadRequest } from 'payload'

import { auditSql, origin } from '@/audit/record'
import { poolOf } from '@/db/sql'
import { hitAll, tooManyRequests } from '@/security/rateLimit'
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
      if (path !== '/login') return original.handler(req)
      // Payload answers a refused sign-in by throwing (its error handler writes the response).
      try {
        const response = await original.handler(req)
        if (response.status >= 400) await auditFailedSignIn(req, response.status)
        return response
      } catch (error) {
        await auditFailedSignIn(req, (error as { status?: number }).status ?? 500)
        throw error
      }
    },
  }
  return endpoint
}

const ip = (req: PayloadRequest) => clientAddress(req.headers)

/** A refused sign-in, with the address tried (Payload's handler has parsed the body into req.data). */
async function auditFailedSignIn(req: PayloadRequest, status: number) {
  const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase().slice(0, 254) : null
  const why = status === 423 ? 'account locked' : status === 401 ? 'wrong email or password' : `refused (${status})`
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
