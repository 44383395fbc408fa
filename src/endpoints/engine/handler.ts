import type { Endpoint, PayloadRequest } from 'payload'
import { ZodError, type ZodType } from 'zod'

import type { Tx } from '@/db/sql'
import { AnswerProblem } from '@/engine/answers'
import { type Outcome, runIdempotent } from '@/engine/idempotency'
import type { EngineUser } from '@/engine/practice'
import { idParam } from '@/engine/schemas'
import { RequestError } from '@/lib/errors'
import { errorResponse, zodErrorResponse } from '@/lib/zod'
import { hit, tooManyRequests } from '@/security/rateLimit'
import type { RateRule } from '@/security/rateLimits'

type Context<B> = { req: PayloadRequest; user: EngineUser; id: number; body: B }

/** Maps the engine's client errors to `{ errors: [{ message, path }] }`; anything else is a server error. */
export function clientError(error: unknown): Response {
  if (error instanceof RequestError) return errorResponse(error.status, error.message, error.path)
  if (error instanceof AnswerProblem) return errorResponse(400, error.message, error.path)
  if (error instanceof ZodError) return zodErrorResponse(error)
  throw error
}

/** The JSON body ({} when empty); a 400 RequestError when it is not JSON. */
export async function readBody(req: PayloadRequest): Promise<unknown> {
  const text = typeof req.text === 'function' ? await req.text() : ''
  if (!text.trim()) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new RequestError(400, 'The request body is not valid JSON.')
  }
}

function signedIn(req: PayloadRequest): EngineUser {
  if (!req.user || req.user.collection !== 'users') throw new RequestError(403, 'Sign in to use practice and exams.')
  return req.user as unknown as EngineUser
}

const sessionId = (req: PayloadRequest): number => {
  const raw = req.routeParams?.id
  if (raw === undefined) return 0
  const parsed = idParam.safeParse(raw)
  if (!parsed.success) throw new RequestError(404, `No session has the id "${String(raw)}".`)
  return parsed.data
}

/** A GET: signed-in learner, parsed query, JSON out. */
export const engineGet = (path: string, query: ZodType | null, run: (ctx: Context<unknown>) => Promise<unknown>): Endpoint => ({
  path,
  method: 'get',
  custom: { openapi: { query, auth: 'learner' } },
  handler: async (req) => {
    try {
      if (!req.user) return errorResponse(401, 'Sign in to use practice and exams.')
      const user = signedIn(req)
      const body = query ? query.parse(req.query ?? {}) : undefined
      return Response.json(await run({ req, user, id: sessionId(req), body }), { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      return clientError(error)
    }
  },
})

/** A POST: signed-in learner, rate-limited per learner, zod-checked JSON body, one transaction, replayed on a repeated Idempotency-Key. */
export const enginePost = <B>(path: string, limit: RateRule, schema: ZodType<B>, run: (ctx: Context<B>, tx: Tx) => Promise<Outcome>): Endpoint => ({
  path,
  method: 'post',
  custom: { openapi: { body: schema, auth: 'learner' } },
  handler: async (req) => {
    try {
      if (!req.user) return errorResponse(401, 'Sign in to use practice and exams.')
      const user = signedIn(req)
      const decision = await hit(req.payload, limit, String(user.id))
      if (!decision.allowed) return tooManyRequests(decision)
      const raw = await readBody(req)
      const body = schema.parse(raw)
      const id = sessionId(req)
      const outcome = await runIdempotent(
        req.payload,
        { userId: user.id, key: req.headers.get('idempotency-key'), route: `POST ${path.replace(':id', String(id))}`, body: raw },
        (tx) => run({ req, user, id, body }, tx),
      )
      return Response.json(outcome.body, { status: outcome.status, headers: outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {} })
    } catch (error) {
      return clientError(error)
    }
  },
})
