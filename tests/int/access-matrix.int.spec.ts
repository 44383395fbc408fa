import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { poolOf } from '@/db/sql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { textToLexical } from '../../src/questions/lexical'
import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId, userId } from '../helpers/seedFixtures'

/**
 * The access matrix: every collection × every role × read, create, update and delete, against the
 * policy written out below (the README's roles and tenancy). "Allowed" means a 2xx; "denied" a 401,
 * 403 or 404 — and then nothing changed. Documents belong to the Royal Surgical Academy, unshared.
 */
type Role = 'anonymous' | 'learner' | 'otherStaff' | 'ta' | 'instructor' | 'editor' | 'examiner' | 'supervisor' | 'instAdmin' | 'admin'
type Op = 'read' | 'create' | 'update' | 'delete'
const ROLES: Record<Exclude<Role, 'anonymous'>, string> = {
  learner: 'learner2@practica.test', // a learner of the academy
  otherStaff: 'hospital-admin@practica.test', // another institution's admin
  ta: 'ta@practica.test',
  instructor: 'instructor@practica.test',
  editor: 'editor@practica.test',
  examiner: 'examiner@practica.test',
  supervisor: 'supervisor@practica.test', // a clinical supervisor of another institution
  instAdmin: 'inst-admin@practica.test',
  admin: 'admin@practica.test',
}
const ALL: Role[] = ['anonymous', 'learner', 'otherStaff', 'ta', 'instructor', 'editor', 'examiner', 'supervisor', 'instAdmin', 'admin']
const SIGNED_IN = ALL.filter((r) => r !== 'anonymous')
const ACADEMY_STAFF: Role[] = ['ta', 'instructor', 'editor', 'examiner', 'instAdmin', 'admin']
const DRAFTERS: Role[] = ['instructor', 'editor', 'examiner', 'instAdmin', 'admin']
const AUTHORS_ANYWHERE: Role[] = ['editor', 'instAdmin', 'otherStaff', 'admin']
const NOBODY: Role[] = []

type Row = {
  collection: CollectionSlug
  /** Makes a fresh document (for read, update and delete), as a platform admin would. */
  make: () => Promise<number>
  create?: () => Promise<Record<string, unknown>>
  update: () => Record<string, unknown>
  allowed: Record<Op, Role[]>
}

let payload: Payload
let academy: number
let learnerId: number
let editorId: number
const tokens = new Map<Role, string | undefined>()
const stamp = Date.now().toString(36)
let n = 0
const unique = () => `${stamp}-${++n}`

/** Everything the suite creates, removed afterwards so other suites see the demo data as seeded. */
const created: [CollectionSlug, number][] = []
const made = (collection: CollectionSlug, data: Record<string, unknown>) => async () => {
  const id = (await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0, ...(collection === 'users' ? { disableVerificationEmail: true } : {}) })).id as number
  created.push([collection, id])
  return id
}

let rows: Row[] = []

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  academy = await institutionId(payload, 'royal-surgical-academy')
  learnerId = await userId(payload, 'learner2@practica.test')
  editorId = await userId(payload, 'editor@practica.test')
  for (const [role, email] of Object.entries(ROLES)) tokens.set(role as Role, await login(email, DEMO_PASSWORD))
  tokens.set('anonymous', undefined)
  const category = (await payload.find({ collection: 'categories', where: { slug: { equals: 'urology' } }, limit: 1, overrideAccess: true })).docs[0].id
  const template = (await payload.find({ collection: 'exam-templates', where: { institution: { equals: academy } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as unknown as Record<string, unknown>
  const { id: _id, createdAt: _c, updatedAt: _u, ...templateData } = template
  const question = () => ({
    type: 'sba',
    stem: textToLexical(`Matrix question ${unique()}`),
    options: [{ text: 'A', isCorrect: true, fraction: 1 }, { text: 'B', isCorrect: false }],
    category,
    difficulty: 2,
    institution: academy,
    _status: 'published',
  })
  const resource = () => ({ title: `Matrix resource ${unique()}`, kind: 'article', url: 'https://example.org/matrix', institution: academy, _status: 'published' })

  rows = [
    { collection: 'questions', make: made('questions', question()), create: async () => ({ ...question(), _status: 'draft' }), update: () => ({ difficulty: 4 }), allowed: { read: ['learner', ...ACADEMY_STAFF], create: DRAFTERS, update: DRAFTERS, delete: DRAFTERS } },
    { collection: 'resources', make: made('resources', resource()), create: async () => ({ ...resource(), _status: 'draft' }), update: () => ({ author: 'Matrix' }), allowed: { read: ['learner', ...ACADEMY_STAFF], create: DRAFTERS, update: DRAFTERS, delete: DRAFTERS } },
    {
      collection: 'exam-templates',
      make: async () => made('exam-templates', { ...templateData, name: `Matrix paper ${unique()}` })(),
      create: async () => ({ ...templateData, name: `Matrix paper ${unique()}` }),
      update: () => ({ description: 'Matrix' }),
      allowed: { read: ['learner', ...ACADEMY_STAFF], create: ['examiner', 'instAdmin', 'admin'], update: ['examiner', 'instAdmin', 'admin'], delete: ['examiner', 'instAdmin', 'admin'] },
    },
    {
      collection: 'tags',
      make: async () => made('tags', { name: `matrix-${unique()}` })(),
      create: async () => ({ name: `matrix-${unique()}` }),
      update: () => ({ name: `matrix-renamed-${unique()}` }),
      // The taxonomy is shared: read by everyone signed in, extended by content authors anywhere, pruned by platform admins.
      allowed: { read: SIGNED_IN, create: AUTHORS_ANYWHERE, update: AUTHORS_ANYWHERE, delete: ['admin'] },
    },
    {
      collection: 'categories',
      make: async () => made('categories', { name: `Matrix ${unique()}`, slug: `matrix-${unique()}` })(),
      create: async () => ({ name: `Matrix ${unique()}`, slug: `matrix-${unique()}` }),
      update: () => ({ description: `Matrix ${unique()}` }),
      // Categories are public (the bank's outline); extended by content authors anywhere; deleted by platform admins.
      allowed: { read: ALL, create: AUTHORS_ANYWHERE, update: AUTHORS_ANYWHERE, delete: ['admin'] },
    },
    {
      collection: 'competencies',
      make: async () => made('competencies', { code: `MX-${unique()}`, title: 'Matrix competency' })(),
      create: async () => ({ code: `MX-${unique()}`, title: 'Matrix competency' }),
      update: () => ({ title: `Matrix competency ${unique()}` }),
      allowed: { read: SIGNED_IN, create: AUTHORS_ANYWHERE, update: AUTHORS_ANYWHERE, delete: ['admin'] },
    },
    {
      collection: 'media',
      // Uploaded by the academy's editor (uploads themselves are covered by uploads.int.spec.ts).
      make: async () => {
        const data = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#123456' } }).png().toBuffer()
        const doc = await payload.create({ collection: 'media', data: { alt: 'matrix', uploadedBy: editorId } as never, file: { data, mimetype: 'image/png', name: `matrix-${unique()}.png`, size: data.length }, overrideAccess: true, depth: 0 })
        created.push(['media', doc.id as number])
        return doc.id as number
      },
      update: () => ({ alt: `matrix ${unique()}` }),
      // Everyone signed in sees files (they appear in questions and resources); the uploader, content staff of the
      // uploader's institution and platform admins change them — not another institution's staff.
      allowed: { read: SIGNED_IN, create: NOBODY, update: ['instructor', 'editor', 'examiner', 'instAdmin', 'admin'], delete: ['instructor', 'editor', 'examiner', 'instAdmin', 'admin'] },
    },
    {
      collection: 'institutions',
      make: async () => made('institutions', { name: `Matrix College ${unique()}`, slug: `matrix-${unique()}` })(),
      create: async () => ({ name: `Matrix College ${unique()}`, slug: `matrix-${unique()}` }),
      update: () => ({ name: `Matrix College renamed ${unique()}` }),
      // A new institution has no members: only platform admins see and manage it (members see their own institutions).
      allowed: { read: ['admin'], create: ['admin'], update: ['admin'], delete: ['admin'] },
    },
    {
      collection: 'users',
      make: async () => made('users', { email: `matrix-${unique()}@practica.test`, password: 'matrix-passphrase-1', name: 'Matrix Learner', _verified: true, memberships: [{ institution: academy, roles: ['learner'] }] })(),
      update: () => ({ bio: 'Matrix' }),
      // People are seen by their own institution's teaching and examining staff (not content editors); changed by its
      // admins and the platform's; deleted only by platform admins (institution admins erase instead).
      allowed: { read: ['ta', 'instructor', 'examiner', 'instAdmin', 'admin'], create: NOBODY, update: ['instAdmin', 'admin'], delete: ['admin'] },
    },
    {
      collection: 'practice-sessions',
      make: async () => made('practice-sessions', { user: learnerId, institution: academy, status: 'completed', seed: unique(), config: {}, questionIds: [], questionVersions: [], questionCount: 0, startedAt: new Date().toISOString() })(),
      update: () => ({ status: 'open' }),
      // A learner's own records; their institution's teaching staff read them; only the engine writes them.
      allowed: { read: ['learner', 'ta', 'instructor', 'examiner', 'instAdmin', 'admin'], create: NOBODY, update: NOBODY, delete: ['admin'] },
    },
    {
      collection: 'audit-logs',
      make: async () => made('audit-logs', { action: 'update', summary: `Matrix ${unique()}`, institution: academy })(),
      update: () => ({ summary: 'rewritten' }),
      allowed: { read: ['instAdmin', 'admin'], create: NOBODY, update: NOBODY, delete: NOBODY },
    },
    {
      collection: 'idempotency-keys',
      make: async () => made('idempotency-keys', { scope: `matrix:${unique()}`, user: learnerId, route: 'POST /x', requestHash: 'h' })(),
      update: () => ({ route: 'POST /y' }),
      allowed: { read: ['admin'], create: NOBODY, update: NOBODY, delete: ['admin'] },
    },
  ]
})

afterAll(async () => {
  for (const [collection, id] of created.reverse()) {
    await payload.delete({ collection, id, overrideAccess: true, context: { audit: false } }).catch(() => undefined)
  }
})

const ok = (status: number) => status >= 200 && status < 300
// A create naming another institution is refused by the institution field's validation (400).
const denied = (status: number, op: Op) => [401, 403, 404].includes(status) || (op === 'create' && status === 400)

async function outcome(row: Row, role: Role, op: Op): Promise<{ status: number; body: unknown }> {
  const token = tokens.get(role)
  const base = `/api/v1/${row.collection}`
  if (op === 'create') {
    const res = await api('POST', base, { token, body: await row.create!() })
    if (ok(res.status) && res.body?.doc?.id) created.push([row.collection, res.body.doc.id])
    return res
  }
  const id = await row.make()
  if (op === 'read') return api('GET', `${base}/${id}?depth=0`, { token })
  if (op === 'update') return api('PATCH', `${base}/${id}`, { token, body: row.update() })
  return api('DELETE', `${base}/${id}`, { token })
}

describe('access matrix: collections × roles × operations', () => {
  for (const op of ['read', 'create', 'update', 'delete'] as Op[]) {
    it(`${op}`, async () => {
      const wrong: string[] = []
      for (const row of rows) {
        if (op === 'create' && !row.create) {
          // Nobody creates these through the API (registration is its own flow, tested in auth.int.spec.ts).
          for (const role of SIGNED_IN) {
            const res = await api('POST', `/api/v1/${row.collection}`, { token: tokens.get(role), body: {} })
            if (ok(res.status)) wrong.push(`${row.collection} create as ${role}: ${res.status}, expected a refusal`)
          }
          continue
        }
        for (const role of ALL) {
          const expected = row.allowed[op].includes(role)
          const res = await outcome(row, role, op)
          if (expected ? !ok(res.status) : !denied(res.status, op)) wrong.push(`${row.collection} ${op} as ${role}: ${res.status} (expected ${expected ? 'allowed' : 'denied'}) ${ok(res.status) ? '' : JSON.stringify(res.body).slice(0, 160)}`)
        }
      }
      expect(wrong).toEqual([])
    })
  }
})

describe('access matrix: custom endpoints × roles', () => {
  type Doc = { auth?: string }
  it('every learner endpoint refuses anonymous callers with 401 and serves every signed-in role (never 401 or 403)', async () => {
    const wrong: string[] = []
    const staffOnly = new Set(['/analytics/cohort', '/analytics/items', '/analytics/xapi'])
    for (const e of payload.config.endpoints.filter((e) => (e.custom?.openapi as Doc | undefined)?.auth === 'learner')) {
      // Ids of nobody's sessions: a signed-in caller gets a 4xx of its own (404, 400), never "who are you".
      const path = `/api/v1${e.path.replace(':id', '999999999')}`
      const method = e.method.toUpperCase() as 'GET' | 'POST'
      const anonymous = await api(method, path, method === 'POST' ? { body: {} } : {})
      if (anonymous.status !== 401) wrong.push(`${e.method} ${e.path} anonymous: ${anonymous.status}`)
      if (staffOnly.has(e.path)) continue
      for (const role of SIGNED_IN) {
        const res = await api(method, path, { token: tokens.get(role), ...(method === 'POST' ? { body: {} } : {}) })
        if (res.status === 401 || res.status === 403 || res.status >= 500) wrong.push(`${e.method} ${e.path} as ${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('two-step sign-in: anonymous callers get 401; staff may enrol, learners may not; only admins of the person may reset it', async () => {
    const wrong: string[] = []
    for (const role of ALL) {
      const token = tokens.get(role)
      const status = (await api('GET', '/api/v1/users/mfa', { token })).status
      if (status !== (role === 'anonymous' ? 401 : 200)) wrong.push(`GET /users/mfa as ${role}: ${status}`)
      const setup = (await api('POST', '/api/v1/users/mfa/setup', { token, body: {} })).status
      if (setup !== (role === 'anonymous' ? 401 : role === 'learner' ? 403 : 200)) wrong.push(`POST /users/mfa/setup as ${role}: ${setup}`)
      // The learner has no second factor: a caller allowed to reset it hears 409 ("not on"), anyone else 401/403.
      const reset = (await api('POST', `/api/v1/users/${learnerId}/mfa/reset`, { token, body: {} })).status
      const expected = role === 'anonymous' ? 401 : ['instAdmin', 'admin'].includes(role) ? 409 : 403
      if (reset !== expected) wrong.push(`POST /users/{learner}/mfa/reset as ${role}: ${reset}, expected ${expected}`)
    }
    await poolOf(payload).query(`update users set mfa_pending_secret = null where mfa_enabled is not true`)
    expect(wrong).toEqual([])
  })

  it('staff endpoints: cohort analytics, item statistics, xAPI and exports for the institution’s staff, not learners or other institutions', async () => {
    const template = (await payload.find({ collection: 'exam-templates', where: { institution: { equals: academy } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id
    const expectations: [string, Role[]][] = [
      [`/api/v1/analytics/cohort?institution=${academy}`, ['ta', 'instructor', 'examiner', 'instAdmin', 'admin']],
      [`/api/v1/analytics/items?template=${template}`, ['instructor', 'editor', 'examiner', 'instAdmin', 'admin']],
      [`/api/v1/analytics/xapi?institution=${academy}`, ['instAdmin', 'admin']],
      // Exports carry keys: for staff who read keys (any institution's: they export what they may see, e.g. shared questions).
      [`/api/v1/questions/export?format=json&where[institution][equals]=${academy}`, ['otherStaff', 'instructor', 'editor', 'examiner', 'instAdmin', 'admin']],
    ]
    const wrong: string[] = []
    for (const [path, allowed] of expectations) {
      for (const role of ALL) {
        const res = await api('GET', path, { token: tokens.get(role), headers: { accept: 'text/plain' } })
        const expected = allowed.includes(role)
        if (expected ? !ok(res.status) : !denied(res.status, 'read')) wrong.push(`${path} as ${role}: ${res.status} (expected ${expected ? 'allowed' : 'denied'})`)
      }
    }
    expect(wrong).toEqual([])
  })
})
