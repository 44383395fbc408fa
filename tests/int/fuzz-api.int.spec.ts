import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eraseUser } from '@/privacy/erase'
import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { ensureSeeded, institutionId } from '../helpers/seedFixtures'

/**
 * Every operation of the OpenAPI document — each collection's REST operations, auth, and every
 * custom endpoint of the core and the plugins — called with generated path ids, query strings and
 * bodies, anonymously and as a signed-in learner: never a 5xx, and every refusal is a JSON error.
 * (Deletes and bulk updates are left out: a generated `where` could match real rows. The engine's own
 * endpoints get deeper, shape-aware fuzzing in fuzz-engine.int.spec.ts.)
 */
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Operation = { method: Method; path: string }

const PASSWORD = 'fuzzing-passphrase'
let payload: Payload
let learner: string
let learnerId: number
const operations: Operation[] = []

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  const email = `fuzz.${Date.now().toString(36)}@example.test`
  const academy = await institutionId(payload, 'royal-surgical-academy')
  learnerId = (await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: 'Fuzz Learner', _verified: true, memberships: [{ institution: academy, roles: ['learner'] }] } as never, disableVerificationEmail: true, overrideAccess: true })).id
  learner = await login(email, PASSWORD)
  const doc = (await api('GET', '/api/v1/openapi.json')).body as { paths: Record<string, Record<string, unknown>> }
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const method of Object.keys(methods).map((m) => m.toUpperCase() as Method)) {
      if (method !== 'GET' && method !== 'POST' && method !== 'PATCH') continue
      if (method === 'PATCH' && !path.includes('{')) continue
      // Signing out would end the learner's session for the rest of the run.
      if (path === '/users/logout') continue
      operations.push({ method, path })
    }
  }
})

// The learner may have started sessions (kept for statistics), so the account is erased as any would be.
afterAll(async () => {
  if (learnerId) await eraseUser(payload, learnerId)
})

const id = () => fc.oneof(fc.constant('1'), fc.constant('999999999'), fc.integer({ min: -5, max: 10 ** 10 }).map(String), fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent))
const queryKey = fc.constantFrom('limit', 'page', 'depth', 'sort', 'draft', 'locale', 'range', 'format', 'institution', 'template', 'category', 'featured', 'kind', 'where[id][equals]', 'where[name][like]', 'select[name]', 'populate', 'q', 'type', 'dryRun')
const query = () => fc.dictionary(queryKey, fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String), fc.constantFrom('true', 'false', '-1', 'week', 'year', 'json', 'gift', '[]', '{}')), { maxKeys: 4 })
const body = () =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(fc.constantFrom('email', 'password', 'name', 'code', 'token', 'title', 'stem', 'type', 'options', 'institution', 'category', 'answer', 'format', 'data', 'enrolment_token'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
  )

async function expectClientError(res: { status: number; body: unknown }, what: string) {
  expect(res.status, `${what} → ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500)
  if (res.status >= 400) expect(Array.isArray((res.body as { errors?: unknown[] } | null)?.errors), `${what}: a JSON error → ${JSON.stringify(res.body).slice(0, 300)}`).toBe(true)
}

describe('fuzzing every REST operation: never a 5xx, always a JSON error', () => {
  it('covers the whole document', () => {
    expect(operations.length).toBeGreaterThan(60)
  })

  it('answers routes that do not exist, and paths that normalise away their id, with a JSON 404', async () => {
    for (const [method, path] of [['GET', '/api/v1/no-such-collection'], ['POST', '/api/v1/media/./duplicate'], ['GET', '/api/v1/questions/../nothing-here'], ['PATCH', '/api/v1/practice/sessions/1/nowhere']] as const) {
      const res = await api(method, path, { token: learner, ...(method === 'GET' ? {} : { body: {} }) })
      expect(res.status, `${method} ${path}`).toBe(404)
      await expectClientError(res, `${method} ${path}`)
    }
  })

  it('every operation, anonymously and as a learner, with generated ids, query strings and bodies', async () => {
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(id(), query(), body(), fc.boolean(), async (pathId, q, b, signedIn) => {
          const search = new URLSearchParams(q).toString()
          const path = `/api/v1${op.path.replace(/\{[^}]+\}/g, pathId)}${search ? `?${search}` : ''}`
          const res = await api(op.method, path, { token: signedIn ? learner : undefined, ...(op.method === 'GET' ? {} : { body: b }) })
          await expectClientError(res, `${op.method} ${path} ${signedIn ? 'as learner' : 'anonymous'} ${op.method === 'GET' ? '' : JSON.stringify(b).slice(0, 200)}`)
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 6) },
      )
    }
  }, 600_000)
})
