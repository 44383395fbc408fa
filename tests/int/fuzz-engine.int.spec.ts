import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestApp } from '../helpers/app'
import { post } from '../helpers/engine'
import { api, gql, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded } from '../helpers/seedFixtures'
import { itKeepsAggregatesConsistent } from '../helpers/aggregates'

let payload: Payload
let token: string
let practiceId: number
let examId: number
let questionId = 0

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  token = await login('learner2@practica.test', DEMO_PASSWORD)
  const practice = (await post('/api/v1/practice/sessions', token, { question_count: 5 })).body
  practiceId = practice.id
  questionId = practice.question_ids[0]
  const template = (await payload.find({ collection: 'exam-templates', where: { name: { equals: 'Quick quiz: transplantation' } }, overrideAccess: true })).docs[0]
  examId = (await post('/api/v1/exams/sessions', token, { template_id: template.id })).body.id
})

/** Bodies a careless or hostile client might send: arbitrary JSON, and near-misses of the real shapes. */
const anyJson = fc.jsonValue({ maxDepth: 3 })
const nearAnswer = fc.record(
  {
    question_id: fc.oneof(fc.constant(0).map(() => questionId), fc.integer(), fc.string(), fc.constant(null)),
    selected_option_ids: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 5 }), fc.string(), fc.constant({})),
    matches: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())), fc.array(fc.string())),
    answer: fc.oneof(fc.string({ maxLength: 600 }), fc.double(), fc.boolean()),
    confidence: fc.oneof(fc.constantFrom('low', 'medium', 'high'), fc.string()),
    time_spent_sec: fc.oneof(fc.integer({ min: -10, max: 10 ** 9 }), fc.double()),
    flagged: fc.oneof(fc.boolean(), fc.string()),
  },
  { requiredKeys: [] },
)
const body = () => fc.oneof(anyJson, nearAnswer, fc.record({ answers: fc.array(nearAnswer, { maxLength: 4 }) }))
const sessionId = () => fc.oneof(fc.constant(String(practiceId)), fc.constant(String(examId)), fc.integer().map(String), fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent))

async function expectClientError(res: { status: number; body: unknown }, what: string) {
  expect(res.status, `${what} → ${JSON.stringify(res.body)}`).toBeLessThan(500)
  if (res.status >= 400) expect(Array.isArray((res.body as { errors?: unknown[] })?.errors), `${what}: JSON errors`).toBe(true)
}

describe('fuzzing the engine endpoints: never a 5xx, always a JSON error', () => {
  const routes = [
    '/api/v1/practice/sessions',
    '/api/v1/practice/sessions/:id/attempts',
    '/api/v1/practice/sessions/:id/complete',
    '/api/v1/exams/sessions',
    '/api/v1/exams/sessions/:id/attempts',
    '/api/v1/recommendations/dismiss',
  ]
  for (const route of routes) {
    it(`POST ${route}`, async () => {
      await fc.assert(
        fc.asyncProperty(body(), sessionId(), async (b, id) => {
          const path = route.replace(':id', id)
          await expectClientError(await post(path, token, b), `POST ${path} ${JSON.stringify(b)}`)
        }),
        { numRuns: 40 },
      )
    })
  }

  it('malformed raw bodies and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.string({ maxLength: 30 }), async (raw, query) => {
        const res = await api('POST', `/api/v1/practice/sessions/${practiceId}/attempts`, { token, raw, headers: { 'Content-Type': 'application/json' } })
        await expectClientError(res, `raw ${JSON.stringify(raw)}`)
        await expectClientError(await api('GET', `/api/v1/practice/sessions?limit=${encodeURIComponent(query)}&page=${encodeURIComponent(query)}`, { token }), `query ${query}`)
        await expectClientError(await api('GET', `/api/v1/exams/sessions/${encodeURIComponent(query || 'x')}/review`, { token }), `review ${query}`)
        await expectClientError(await api('GET', `/api/v1/recommendations/review-queue?limit=${encodeURIComponent(query)}`, { token }), `review queue ${query}`)
        const q = encodeURIComponent(query)
        await expectClientError(await api('GET', `/api/v1/resources?category=${q}&kind=${q}&featured=${q}`, { token }), `resources ${query}`)
      }),
      { numRuns: 40 },
    )
  })

  it('GraphQL operations with arbitrary inputs', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, fc.integer(), async (input, id) => {
        const res = await gql('mutation($i: PracticaJSON, $id: Int!) { startPractice(input: $i) answerPractice(sessionId: $id, answer: $i) }', { i: input, id }, token)
        expect(res.status).toBeLessThan(500)
        for (const error of res.body.errors ?? []) expect(error.extensions?.statusCode ?? 400, JSON.stringify(error)).toBeLessThan(500)
      }),
      { numRuns: 30 },
    )
  })
})

describe('fuzzing the two-step sign-in endpoints: never a 5xx, always a JSON error', () => {
  const codeLike = fc.oneof(fc.string({ maxLength: 50 }), fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^[a-z2-9]{5}-[a-z2-9]{5}$/), fc.integer(), fc.constant(null))
  const mfaBody = () => fc.oneof(anyJson, fc.record({ code: codeLike, enrolment_token: fc.oneof(fc.string({ maxLength: 120 }), fc.integer(), fc.constant(null)) }, { requiredKeys: [] }))

  it('set-up, enable, disable, recovery codes, resets and sign-in codes', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const routes = ['/api/v1/users/mfa/setup', '/api/v1/users/mfa/enable', '/api/v1/users/mfa/disable', '/api/v1/users/mfa/recovery-codes', '/api/v1/users/:id/mfa/reset']
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), mfaBody(), sessionId(), fc.boolean(), async (route, b, id, signedIn) => {
        const path = route.replace(':id', id)
        await expectClientError(await post(path, signedIn ? editor : '', b), `POST ${path} ${JSON.stringify(b)}`)
      }),
      { numRuns: 60 },
    )
    await fc.assert(
      fc.asyncProperty(codeLike, async (code) => {
        const res = await api('POST', '/api/v1/users/login', { body: { email: 'editor@practica.test', password: DEMO_PASSWORD, code }, headers: { 'x-forwarded-for': '198.51.100.77' } })
        await expectClientError(res, `login with code ${JSON.stringify(code)}`)
      }),
      { numRuns: 20 },
    )
  })
})

describe('analytics aggregates after these scenarios', () => {
  itKeepsAggregatesConsistent(() => payload)
})
