import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/db/sql'
import { getTestApp } from '../helpers/app'
import { answerFor, get, post } from '../helpers/engine'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId } from '../helpers/seedFixtures'

let payload: Payload
let academy: number
const stamp = Date.now().toString(36)
const sql = <T = any>(text: string, params: unknown[] = []) => poolOf(payload).query(text, params).then((r) => r.rows as T[])
const entries = (where: string, params: unknown[]) => sql(`select * from audit_logs where ${where} order by id`, params)

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  academy = await institutionId(payload, 'royal-surgical-academy')
})

describe('audit log', () => {
  it('records content changes with who, what and the changed fields before and after; publishing and deletion too', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const created = await api('POST', '/api/v1/resources?draft=true', { token: editor, body: { title: `Audited ${stamp}`, kind: 'article', url: 'https://example.org/a', institution: academy, _status: 'draft' } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await api('PATCH', `/api/v1/resources/${id}`, { token: editor, body: { title: `Audited again ${stamp}`, _status: 'published' } })).status).toBe(200)
    expect((await api('DELETE', `/api/v1/resources/${id}`, { token: editor })).status).toBe(200)

    const rows = await entries(`entity = 'resources' and entity_id = $1`, [String(id)])
    expect(rows.map((r) => r.action)).toEqual(['create', 'publish', 'delete'])
    for (const r of rows) expect(r).toMatchObject({ actor_email: 'editor@practica.test', institution_id: academy })
    expect(rows[1].before).toMatchObject({ title: `Audited ${stamp}`, _status: 'draft' })
    expect(rows[1].after).toMatchObject({ title: `Audited again ${stamp}`, _status: 'published' })
    expect(Object.keys(rows[1].after)).not.toContain('updatedAt')
    expect(rows[2].before).toMatchObject({ title: `Audited again ${stamp}` })
  })

  it('records role changes, sign-ins and failed sign-ins (with the address tried), never secrets', async () => {
    const admin = await login('admin@practica.test', DEMO_PASSWORD)
    const email = `audited-${stamp}@practica.test`
    const user = await payload.create({ collection: 'users', data: { email, password: 'audited-passphrase-1', name: 'Audie', _verified: true, memberships: [{ institution: academy, roles: ['learner'] }] } as never, disableVerificationEmail: true, overrideAccess: true })
    const changed = await api('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { memberships: [{ institution: academy, roles: ['learner', 'teaching-assistant'] }] } })
    expect(changed.status).toBe(200)
    const [role] = await entries(`action = 'role-change' and entity_id = $1`, [String(user.id)])
    expect(role.actor_email).toBe('admin@practica.test')
    expect(JSON.stringify(role.after)).toContain('teaching-assistant')
    expect(JSON.stringify(role.before)).not.toContain('teaching-assistant')

    await login(email, 'audited-passphrase-1')
    const refused = await api('POST', '/api/v1/users/login', { body: { email: email.toUpperCase(), password: 'wrong' }, headers: { 'x-forwarded-for': '198.51.100.23', 'user-agent': 'audit-test' } })
    expect(refused.status).toBe(401)
    const signIns = await entries(`(action = 'sign-in' and actor_id = $1) or (action = 'sign-in-failed' and actor_email = $2)`, [user.id, email])
    expect(signIns.map((r) => r.action)).toEqual(['sign-in', 'sign-in-failed'])
    expect(signIns[1]).toMatchObject({ user_agent: 'audit-test', summary: `Failed sign-in for ${email}: wrong email or password` })
    const all = JSON.stringify(await entries(`entity = 'users' and entity_id = $1`, [String(user.id)]))
    expect(all).not.toMatch(/"(hash|salt|password)"/)
  })

  it('records practice and exam sessions in the engine’s transaction', async () => {
    const learner = await login('learner2@practica.test', DEMO_PASSWORD)
    const session = (await post('/api/v1/practice/sessions', learner, { question_count: 1 })).body
    await post(`/api/v1/practice/sessions/${session.id}/attempts`, learner, await answerFor(payload, session.question_ids[0], true))
    await post(`/api/v1/practice/sessions/${session.id}/complete`, learner, {})
    const template = (await payload.find({ collection: 'exam-templates', where: { name: { equals: 'Quick quiz: transplantation' } }, overrideAccess: true })).docs[0]
    const exam = (await post('/api/v1/exams/sessions', learner, { template_id: template.id })).body
    await post(`/api/v1/exams/sessions/${exam.id}/submit`, learner, {})
    expect((await entries(`entity = 'practice-sessions' and entity_id = $1`, [String(session.id)])).map((r) => r.action)).toEqual(['practice-started', 'practice-completed'])
    expect((await entries(`entity = 'exam-sessions' and entity_id = $1`, [String(exam.id)])).map((r) => r.action)).toEqual(['exam-started', 'exam-submitted'])
  })

  it('is read-only: admins read their institutions’ entries, learners nothing, nobody writes', async () => {
    const instAdmin = await login('inst-admin@practica.test', DEMO_PASSWORD)
    const learner = await login('learner2@practica.test', DEMO_PASSWORD)
    const platform = await login('admin@practica.test', DEMO_PASSWORD)
    const theirs = await get('/api/v1/audit-logs?limit=100&depth=0', instAdmin)
    expect(theirs.status).toBe(200)
    expect(theirs.body.docs.length).toBeGreaterThan(0)
    const admined = (await payload.find({ collection: 'users', where: { email: { equals: 'inst-admin@practica.test' } }, overrideAccess: true, depth: 0 })).docs[0] as unknown as { memberships: { institution: number; roles: string[] }[] }
    const allowed = admined.memberships.filter((m) => m.roles.includes('institution-admin')).map((m) => m.institution)
    expect(theirs.body.docs.every((d: { institution: number }) => allowed.includes(d.institution))).toBe(true)
    expect((await get('/api/v1/audit-logs', learner)).status).toBe(403)
    expect((await get('/api/v1/audit-logs')).status).toBe(403)
    const any = theirs.body.docs[0].id
    expect((await api('POST', '/api/v1/audit-logs', { token: platform, body: { action: 'create', summary: 'forged' } })).status).toBe(403)
    expect((await api('PATCH', `/api/v1/audit-logs/${any}`, { token: platform, body: { summary: 'rewritten' } })).status).toBe(403)
    expect((await api('DELETE', `/api/v1/audit-logs/${any}`, { token: platform })).status).toBe(403)
    expect((await get(`/api/v1/audit-logs/${any}`, platform)).body.summary).not.toBe('rewritten')
  })

  it('forgets entries older than the retention period (the nightly job)', async () => {
    await sql(`update audit_logs set created_at = now() - interval '500 days' where id = (select min(id) from audit_logs)`)
    const [{ n: before }] = await sql<{ n: number }>(`select count(*)::int as n from audit_logs where created_at < now() - interval '400 days'`)
    expect(before).toBe(1)
    await payload.jobs.queue({ task: 'auditRetention', input: {}, queue: 'engine' })
    await payload.jobs.run({ queue: 'engine', limit: 5 })
    const [{ n: after }] = await sql<{ n: number }>(`select count(*)::int as n from audit_logs where created_at < now() - interval '400 days'`)
    expect(after).toBe(0)
  })
})
