import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId } from '../helpers/seedFixtures'

let payload: Payload
let editor: string
const stamp = Date.now().toString(36)

const gift = (variant: string) => `// Practica import test ${stamp}
$CATEGORY: $course$/top/Imported ${stamp}/Upper limb

::ulnar-${stamp}:: A ${variant} man cannot cross his fingers. Which nerve? {
  =Ulnar nerve#Interossei are supplied by the ulnar nerve.
  ~Radial nerve
  ~Median nerve
}

::pulse-${stamp}:: Normal adult resting heart rate upper limit (beats per minute)? {#100:5}

::essay-${stamp}:: Discuss the management of burns. {}

::broken-${stamp}:: This block never closes {
  =One
`

async function importFile(text: string, fields: Record<string, string> = {}, token = editor) {
  const form = new FormData()
  form.set('file', new Blob([text], { type: 'text/plain' }), `questions-${stamp}.gift.txt`)
  form.set('format', 'gift')
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  return api('POST', '/api/v1/questions/import', { token, form })
}

async function finished(id: number) {
  await payload.jobs.run({ queue: 'imports', limit: 10 })
  const res = await api('GET', `/api/v1/question-imports/${id}`, { token: editor })
  expect(res.status).toBe(200)
  return res.body
}

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  editor = await login('editor@practica.test', DEMO_PASSWORD)
})

describe('POST /api/v1/questions/import', () => {
  it('imports a GIFT file through a job, with a per-question report, categories and progress counters', async () => {
    const res = await importFile(gift('22-year-old'))
    expect(res.status).toBe(202)
    const done = await finished(res.body.id)
    expect(done.status).toBe('completed')
    expect({ processed: done.processed, created: done.created, updated: done.updated, skipped: done.skipped, invalid: done.invalid }).toEqual({ processed: 4, created: 2, updated: 0, skipped: 1, invalid: 1 })
    const skipped = done.report.find((r: { status: string }) => r.status === 'skipped')
    expect(skipped.reason).toMatch(/essay/i)
    const invalid = done.report.find((r: { status: string }) => r.status === 'invalid')
    expect(invalid.line).toBeGreaterThan(10)
    const category = await payload.find({ collection: 'categories', where: { name: { equals: `Imported ${stamp}` } } })
    expect(category.totalDocs).toBe(1)
    const questions = await payload.find({ collection: 'questions', where: { externalId: { like: stamp } }, depth: 1 })
    expect(questions.totalDocs).toBe(2)
    const ulnar = questions.docs.find((q) => q.type === 'sba')!
    expect((ulnar.subcategory as { name: string }).name).toBe('Upper limb')
    expect(ulnar.options?.find((o) => o.isCorrect)?.text).toBe('Ulnar nerve')
    expect(ulnar._status).toBe('published')
  })

  it('re-importing the same file updates instead of duplicating', async () => {
    const res = await importFile(gift('35-year-old'))
    const done = await finished(res.body.id)
    expect({ created: done.created, updated: done.updated }).toEqual({ created: 0, updated: 2 })
    const questions = await payload.find({ collection: 'questions', where: { externalId: { like: stamp } } })
    expect(questions.totalDocs).toBe(2)
    expect(questions.docs.find((q) => q.type === 'sba')?.title).toMatch(/35-year-old/)
  })

  it('a dry run reports and writes nothing', async () => {
    const fresh = gift('40-year-old').replaceAll(stamp, `${stamp}dry`)
    const res = await importFile(fresh, { dryRun: 'true' })
    const done = await finished(res.body.id)
    expect(done.status).toBe('completed')
    expect(done.created).toBe(2)
    expect((await payload.count({ collection: 'questions', where: { externalId: { like: `${stamp}dry` } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'categories', where: { name: { equals: `Imported ${stamp}dry` } } })).totalDocs).toBe(0)
  })

  it('refuses non-editors, bad formats, missing files and oversized uploads', async () => {
    const learner = await login('learner2@practica.test', DEMO_PASSWORD)
    expect((await importFile(gift('x'), {}, learner)).status).toBe(403)
    const instructor = await login('instructor@practica.test', DEMO_PASSWORD)
    expect((await importFile(gift('x'), {}, instructor)).status).toBe(403)
    const bad = await importFile(gift('x'), { format: 'docx' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].path).toBe('format')
    const noFile = new FormData()
    noFile.set('format', 'gift')
    expect((await api('POST', '/api/v1/questions/import', { token: editor, form: noFile })).status).toBe(400)
    const huge = await api('POST', '/api/v1/questions/import', { token: editor, raw: 'x', headers: { 'content-length': String(200 * 1024 * 1024), 'content-type': 'multipart/form-data; boundary=x' } })
    expect(huge.status).toBe(413)
    expect(huge.body.errors[0].message).toMatch(/larger than/)
  })
})

describe('GET /api/v1/questions/export', () => {
  it('exports the filtered questions and the file imports back to the same questions', async () => {
    const exported = await api('GET', `/api/v1/questions/export?format=gift&where[externalId][like]=${stamp}`, { token: editor, headers: { accept: 'text/plain' } })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toMatch(/questions\.gift\.txt/)
    expect(exported.body).toMatch(/Ulnar nerve/)
    const again = await importFile(exported.body as string)
    const done = await finished(again.body.id)
    expect({ created: done.created, updated: done.updated, invalid: done.invalid }).toEqual({ created: 0, updated: 2, invalid: 0 })
  })

  it('is for staff who read keys', async () => {
    const learner = await login('learner2@practica.test', DEMO_PASSWORD)
    expect((await api('GET', '/api/v1/questions/export?format=csv', { token: learner })).status).toBe(403)
    expect((await api('GET', '/api/v1/questions/export?format=pdf', { token: editor })).status).toBe(400)
  })
})
