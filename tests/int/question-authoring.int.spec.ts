import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { textToLexical } from '../../src/questions/lexical'
import { getTestApp } from '../helpers/app'
import { api, login } from '../helpers/rest'
import { DEMO_PASSWORD, ensureSeeded, institutionId } from '../helpers/seedFixtures'

let payload: Payload
let academy: number
let hospital: number
let category: number

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  academy = await institutionId(payload, 'royal-surgical-academy')
  hospital = await institutionId(payload, 'st-elsewhere-hospital')
  category = (await payload.find({ collection: 'categories', where: { parent: { exists: false } }, limit: 1 })).docs[0].id
})

const sba = (extra: Record<string, unknown> = {}) => ({
  type: 'sba',
  institution: academy,
  category,
  stem: textToLexical('A 30-year-old woman cannot abduct her arm beyond 15 degrees after a humeral neck fracture. Which nerve is injured?'),
  options: [{ text: 'Axillary', isCorrect: true }, { text: 'Radial' }, { text: 'Suprascapular' }],
  ...extra,
})

describe('editorial workflow', () => {
  it('instructors draft, only editors publish', async () => {
    const instructor = await login('instructor@practica.test', DEMO_PASSWORD)
    const draft = await api('POST', '/api/v1/questions', { token: instructor, body: sba({ _status: 'draft' }) })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.title).toMatch(/^A 30-year-old woman/)
    expect(draft.body.doc.options.map((o: { label: string }) => o.label)).toEqual(['A', 'B', 'C'])
    const publish = await api('PATCH', `/api/v1/questions/${draft.body.doc.id}`, { token: instructor, body: { _status: 'published' } })
    expect(publish.status).toBe(403)
    expect(publish.body.errors[0].message).toMatch(/Only editors and admins can publish/)

    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const published = await api('PATCH', `/api/v1/questions/${draft.body.doc.id}`, { token: editor, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
    expect(published.body.doc.createdBy.id ?? published.body.doc.createdBy).toBeDefined()
  })

  it('learners write nothing and see no drafts', async () => {
    const learner = await login('learner2@practica.test', DEMO_PASSWORD)
    expect((await api('POST', '/api/v1/questions', { token: learner, body: sba() })).status).toBe(403)
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const draft = await api('POST', '/api/v1/questions', { token: editor, body: sba({ _status: 'draft' }) })
    const seen = await api('GET', `/api/v1/questions/${draft.body.doc.id}`, { token: learner })
    expect(seen.status).toBe(404)
  })

  it('staff cannot write into another institution', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const res = await api('POST', '/api/v1/questions', { token: editor, body: sba({ institution: hospital, _status: 'draft' }) })
    expect(res.status).toBe(400)
    expect(await payload.count({ collection: 'questions', where: { institution: { equals: hospital } } })).toMatchObject({ totalDocs: 0 })
  })

  it('validates each type on publish with clear messages, and writes nothing', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const before = (await payload.count({ collection: 'questions' })).totalDocs
    const cases: [Record<string, unknown>, RegExp][] = [
      [sba({ options: [{ text: 'A', isCorrect: true }, { text: 'B', isCorrect: true }] }), /exactly one correct option \(this one has 2\)/],
      [sba({ type: 'multiple-response', options: [{ text: 'A' }, { text: 'B' }] }), /at least one correct option/],
      [sba({ type: 'emq', options: [{ text: 'A' }, { text: 'B' }], emqStems: [{ prompt: 'x', answer: 'Q' }] }), /keyed to an existing option letter/],
      [sba({ type: 'numerical', options: [], numericalAnswers: [{ value: 3, tolerance: -1 }] }), /Tolerance must be zero or more|greater than or equal/],
      [sba({ type: 'short-answer', options: [], acceptedAnswers: [] }), /accepted answer/],
    ]
    for (const [body, message] of cases) {
      const res = await api('POST', '/api/v1/questions', { token: editor, body: { ...body, _status: 'published' } })
      expect(res.status, JSON.stringify(body.type)).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(message)
    }
    expect((await payload.count({ collection: 'questions' })).totalDocs).toBe(before)
  })

  it('true/false questions get their two options', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const res = await api('POST', '/api/v1/questions', { token: editor, body: sba({ type: 'true-false', options: undefined, _status: 'draft' }) })
    expect(res.body.doc.options.map((o: { text: string }) => o.text)).toEqual(['True', 'False'])
  })

  it('editing a published question keeps the earlier version readable', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const created = await api('POST', '/api/v1/questions', { token: editor, body: sba({ _status: 'published' }) })
    const id = created.body.doc.id
    const edited = await api('PATCH', `/api/v1/questions/${id}`, { token: editor, body: { options: [{ text: 'Axillary nerve', isCorrect: true }, { text: 'Radial nerve' }, { text: 'Suprascapular nerve' }], _status: 'published' } })
    expect(edited.status).toBe(200)
    const versions = await api('GET', `/api/v1/questions/versions?where[parent][equals]=${id}&sort=createdAt`, { token: editor })
    expect(versions.body.docs.length).toBeGreaterThanOrEqual(2)
    expect(versions.body.docs[0].version.options[0].text).toBe('Axillary')
    expect(versions.body.docs.at(-1).version.options[0].text).toBe('Axillary nerve')
  })

  it('searches by stem text', async () => {
    const editor = await login('editor@practica.test', DEMO_PASSWORD)
    const word = `zygapophysis${Date.now()}`
    await api('POST', '/api/v1/questions', { token: editor, body: sba({ stem: textToLexical(`First paragraph.\n\nThe ${word} joint is involved.`), _status: 'published' }) })
    const res = await api('GET', `/api/v1/questions?where[stemText][like]=${word}`, { token: editor })
    expect(res.body.totalDocs).toBe(1)
  })
})
