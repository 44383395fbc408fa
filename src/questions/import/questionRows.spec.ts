import { describe, expect, it } from 'vitest'

import { draftToQuestionFields } from '../convert/draftToQuestion'
import type { QuestionDraft } from '../types'
import { needsFieldValidation, questionRows, type BulkQuestion } from './questionRows'

const stem = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Which  nerve\nsupplies the interossei?' }] }] } }
const draft: QuestionDraft = {
  externalId: 'x-1',
  type: 'sba',
  stemHtml: '',
  categoryPath: [],
  tags: [],
  options: [
    { key: 'a', text: 'Ulnar', correct: true, fraction: 1 },
    { key: 'b', text: 'Radial', correct: false, fraction: -0.5 },
  ],
  references: [{ citation: 'Gray' }],
  media: [],
}
const question = (overrides: Partial<BulkQuestion> = {}): BulkQuestion => ({
  fields: draftToQuestionFields(draft),
  stem,
  explanation: null,
  institution: 1,
  category: 7,
  subcategory: null,
  tags: [11, 12],
  userId: 5,
  ...overrides,
})
const table = (rows: ReturnType<typeof questionRows>, name: string) => {
  const found = rows.find((t) => t.table === name)!
  return found.rows.map((row) => Object.fromEntries(found.columns.map((c, i) => [c.name, row[i]])))
}

describe('questionRows', () => {
  const rows = questionRows([question(), question({ tags: [] })], { questionIds: [100, 101], versionIds: [900, 901] }, '2026-12-03T08:00:00.000Z')

  it('derives the title and stem text, stamps authors and publishes', () => {
    const [main] = table(rows, 'questions')
    expect(main).toMatchObject({ id: 100, title: 'Which nerve supplies the interossei?', stem_text: 'Which nerve supplies the interossei?', _status: 'published', created_by_id: 5, updated_by_id: 5, difficulty: 3, shared: false })
    expect(JSON.parse(main.stem as string)).toEqual(stem)
  })

  it('mirrors every column into a first version marked latest, its rows and relations under version paths', () => {
    const [version] = table(rows, '_questions_v')
    expect(version).toMatchObject({ id: 900, parent_id: 100, version_title: 'Which nerve supplies the interossei?', version__status: 'published', latest: true })
    const options = table(rows, 'questions_options')
    const versionOptions = table(rows, '_questions_v_version_options')
    expect(options.filter((o) => o._parent_id === 100).map((o) => [o._order, o.label, o.is_correct, o.fraction])).toEqual([
      [1, 'A', true, null],
      [2, 'B', false, -0.5],
    ])
    expect(versionOptions.filter((o) => o._parent_id === 900).map((o) => o._uuid)).toEqual(options.filter((o) => o._parent_id === 100).map((o) => o.id))
    expect(table(rows, 'questions_rels')).toEqual([
      { order: 1, parent_id: 100, path: 'tags', tags_id: 11 },
      { order: 2, parent_id: 100, path: 'tags', tags_id: 12 },
    ])
    expect(table(rows, '_questions_v_rels').map((r) => r.path)).toEqual(['version.tags', 'version.tags'])
  })

  it('gives array rows unique ids and leaves out tables with no rows', () => {
    const ids = table(rows, 'questions_options').map((o) => o.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(rows.map((t) => t.table)).not.toContain('questions_emq_stems')
  })
})

describe('needsFieldValidation', () => {
  const fields = draftToQuestionFields(draft)
  const plain = { fields, stem, explanation: null }
  const linked = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', fields: { url: '../a.html' }, children: [{ type: 'text', text: 'see' }] }] }] } }
  it('passes a question whose field rules validateQuestionKey already covers, in plain rich text', () => expect(needsFieldValidation(plain, 40_000)).toBe(false))
  it.each([
    ['a unit over 30 characters', { unit: 'u'.repeat(31) }],
    ['a reference without citation', { references: [{ citation: ' ', url: null }] }],
    ['a reference URL that is not http(s)', { references: [{ citation: 'Gray', url: 'ftp://x' }] }],
    ['an accepted answer without text', { acceptedAnswers: [{ text: '', fraction: 1, feedback: null }] }],
    ['a numerical fraction over 1', { numericalAnswers: [{ value: 1, tolerance: 0, fraction: 2, feedback: null }] }],
    ['option feedback over the text limit', { options: [{ ...fields.options[0], feedback: 'x'.repeat(40_001) }, fields.options[1]] }],
  ])('sends %s to Payload', (_, change) => expect(needsFieldValidation({ ...plain, fields: { ...fields, ...change } as typeof fields }, 40_000)).toBe(true))
  it('sends a stem whose text is over the limit to Payload', () => expect(needsFieldValidation(plain, 10)).toBe(true))
  it('sends rich text with links (Payload validates and rewrites their URLs) to Payload', () => {
    expect(needsFieldValidation({ ...plain, stem: linked }, 40_000)).toBe(true)
    expect(needsFieldValidation({ ...plain, explanation: linked }, 40_000)).toBe(true)
  })
})
