import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { draftToQuestionFields } from '../../src/questions/convert/draftToQuestion'
import { ImportBatch } from '../../src/questions/import/batch'
import { insertQuestions } from '../../src/questions/import/bulkInsert'
import { questionRows } from '../../src/questions/import/questionRows'
import { draftRichText, saveImportedQuestion, type SaveContext, type SaveOutcome } from '../../src/questions/import/saveQuestion'
import type { QuestionDraft } from '../../src/questions/types'
import { poolOf } from '../../src/db/sql'
import { getTestApp } from '../helpers/app'
import { ensureSeeded, institutionId, userId } from '../helpers/seedFixtures'

/**
 * Imports write new questions in batches, straight into the collection's tables (questionRows.ts).
 * These tests hold that writer to Payload's own create: the same draft saved both ways must read
 * back the same, document and version, through Payload; a batch is all or nothing.
 */

let payload: Payload
let ctx: SaveContext
const stamp = Date.now().toString(36)

const base = (id: string): Omit<QuestionDraft, 'type'> => ({
  externalId: `${id}-${stamp}`,
  name: id,
  stemHtml: `<p>Question <strong>${id}</strong>: which is keyed?</p>`,
  explanationHtml: `<p>Because of ${id}.</p>`,
  categoryPath: [],
  tags: [],
  difficulty: 4,
  options: [],
  references: [{ citation: 'Bailey & Love 28th ed.', url: 'https://example.org/bl' }, { citation: 'NICE NG39' }],
  media: [],
})

const drafts: QuestionDraft[] = [
  {
    ...base('sba'),
    type: 'sba',
    options: [
      { key: 'a', text: 'Ulnar', correct: true, fraction: 1, feedback: 'Right.' },
      { key: 'b', text: 'Radial', correct: false, fraction: 0 },
      { key: 'c', text: 'Median', correct: false, fraction: -0.5 },
    ],
  },
  { ...base('mr'), type: 'multiple-response', difficulty: undefined, explanationHtml: undefined, options: [{ key: 'a', text: 'One', correct: true, fraction: 0.5 }, { key: 'b', text: 'Two', correct: true, fraction: 0.5 }, { key: 'c', text: 'Three', correct: false, fraction: -1 }] },
  { ...base('tf'), type: 'true-false', references: [], options: [{ key: 'true', text: 'True', correct: false, fraction: 0 }, { key: 'false', text: 'False', correct: true, fraction: 1 }] },
  {
    ...base('emq'),
    type: 'emq',
    options: [{ key: 'a', text: 'Radial nerve', correct: false, fraction: 0 }, { key: 'b', text: 'Ulnar nerve', correct: false, fraction: 0 }],
    emq: { theme: 'Nerve injuries', stems: [{ text: 'Wrist drop', correctKey: 'a' }, { text: 'Claw hand', correctKey: 'b' }] },
  },
  { ...base('sa'), type: 'short-answer', shortAnswer: { caseSensitive: true, answers: [{ text: 'Ulnar nerve', fraction: 1 }, { text: 'Ulnar', fraction: 0.5, feedback: 'Name it fully.' }] } },
  { ...base('num'), type: 'numerical', numerical: { unit: 'mmol/L', answers: [{ value: 5.5, tolerance: 0.3, fraction: 1 }, { value: 6, tolerance: 0, fraction: 0.5 }] } },
]

const withId = (draft: QuestionDraft, suffix: string): QuestionDraft => ({ ...draft, externalId: `${draft.externalId}-${suffix}` })

/** A document or version as Payload reads it, less what differs between any two saves (ids, times). */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (!value || typeof value !== 'object') return value
  const drop = new Set(['id', 'createdAt', 'updatedAt', 'externalId', 'parent'])
  return Object.fromEntries(Object.entries(value).filter(([k]) => !drop.has(k)).map(([k, v]) => [k, comparable(v)]))
}

async function bulkCreate(draft: QuestionDraft, tags: number[] = []): Promise<number> {
  const fields = draftToQuestionFields(draft)
  const [id] = await insertQuestions(payload, [{ fields, ...(await draftRichText(draft, payload)), institution: ctx.institution, category: ctx.category!, subcategory: ctx.subcategory, tags, userId: ctx.userId }])
  return id
}

async function payloadCreate(draft: QuestionDraft, tags: number[] = []): Promise<number> {
  const outcome = await saveImportedQuestion(payload, draft, draftToQuestionFields(draft), { ...ctx, tags }, null)
  if (outcome.status !== 'created') throw new Error(`Payload refused the draft: ${JSON.stringify(outcome)}`)
  return outcome.questionId!
}

const read = (id: number) => payload.findByID({ collection: 'questions', id, depth: 0, overrideAccess: true })
const versionsOf = (id: number) => payload.findVersions({ collection: 'questions', where: { parent: { equals: id } }, depth: 0, overrideAccess: true, sort: '-createdAt' })

beforeAll(async () => {
  payload = await getTestApp()
  await ensureSeeded(payload)
  const [category] = (await payload.find({ collection: 'categories', where: { parent: { exists: false } }, limit: 1, overrideAccess: true })).docs
  const [subcategory] = (await payload.find({ collection: 'categories', where: { parent: { equals: category.id } }, limit: 1, overrideAccess: true })).docs
  ctx = {
    institution: await institutionId(payload, 'royal-surgical-academy'),
    userId: await userId(payload, 'editor@practica.test'),
    category: category.id,
    subcategory: subcategory?.id ?? null,
    tags: [],
    dryRun: false,
  }
})

describe('the batched import writer', () => {
  it.each(drafts.map((d) => [d.type, d] as const))('writes a %s question exactly as Payload creates it, document and first version', async (_, draft) => {
    const tags = [
      (await payload.create({ collection: 'tags', data: { name: `bulk-a-${draft.type}-${stamp}` }, overrideAccess: true })).id,
      (await payload.create({ collection: 'tags', data: { name: `bulk-b-${draft.type}-${stamp}` }, overrideAccess: true })).id,
    ]
    const bulk = await bulkCreate(withId(draft, 'bulk'), tags)
    const viaPayload = await payloadCreate(withId(draft, 'payload'), tags)
    const [a, b] = [await read(bulk), await read(viaPayload)]
    expect(comparable(a)).toEqual(comparable(b))
    expect(a.externalId).toBe(`${draft.externalId}-bulk`)
    expect(a._status).toBe('published')
    const [va, vb] = [await versionsOf(bulk), await versionsOf(viaPayload)]
    expect(va.totalDocs).toBe(1)
    expect(comparable(va.docs[0])).toEqual(comparable(vb.docs[0]))
    expect(va.docs[0].latest).toBe(true)
  })

  it('leaves a question that Payload edits afterwards with two versions, the newest latest', async () => {
    const id = await bulkCreate(withId(drafts[0], 'edit'))
    await payload.update({ collection: 'questions', id, data: { difficulty: 2, options: [{ text: 'Ulnar', isCorrect: true }, { text: 'Radial', isCorrect: false }] }, overrideAccess: true })
    const versions = await versionsOf(id)
    expect(versions.totalDocs).toBe(2)
    expect(versions.docs.map((v) => [v.version.difficulty, v.latest])).toEqual([
      [2, true],
      [4, false],
    ])
    expect((await read(id)).options?.map((o) => o.text)).toEqual(['Ulnar', 'Radial'])
  })

  it('writes nothing of a batch when one of its rows fails', async () => {
    const fields = draftToQuestionFields(withId(drafts[0], 'all-or-nothing'))
    const rich = await draftRichText(drafts[0], payload)
    const good = { fields, ...rich, institution: ctx.institution, category: ctx.category!, subcategory: null, tags: [], userId: ctx.userId }
    const broken = { ...good, fields: { ...fields, externalId: `${fields.externalId}-2` }, category: 2_000_000_000 }
    await expect(insertQuestions(payload, [good, broken])).rejects.toThrow()
    const left = await payload.find({ collection: 'questions', where: { externalId: { like: `all-or-nothing` } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)
  })

  it('saves a failed batch one by one, so each question gets its own outcome', async () => {
    const batch = new ImportBatch(payload, ctx.institution)
    const outcomes: SaveOutcome[] = []
    await batch.add(withId(drafts[0], 'fallback-ok'), ctx, (o) => outcomes.push(o))
    await batch.add(withId(drafts[4], 'fallback-bad'), { ...ctx, category: 2_000_000_000 }, (o) => outcomes.push(o))
    await batch.flush()
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'invalid'])
    expect(outcomes[1].status === 'invalid' && outcomes[1].reason).toMatch(/category/i)
  })

  it('saves a repeated external id in one batch as a create, then an update of it', async () => {
    const batch = new ImportBatch(payload, ctx.institution)
    const outcomes: SaveOutcome[] = []
    const first = withId(drafts[5], 'repeat')
    await batch.add(first, ctx, (o) => outcomes.push(o))
    await batch.add({ ...first, numerical: { answers: [{ value: 7, tolerance: 1, fraction: 1 }] } }, ctx, (o) => outcomes.push(o))
    await batch.flush()
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'updated'])
    const id = (outcomes[0] as { questionId: number }).questionId
    expect((outcomes[1] as { questionId: number }).questionId).toBe(id)
    expect((await read(id)).numericalAnswers?.map((a) => a.value)).toEqual([7])
    expect((await versionsOf(id)).totalDocs).toBe(2)
  })

  it('leaves to Payload the questions only its field rules can judge, with its messages', async () => {
    const batch = new ImportBatch(payload, ctx.institution)
    const outcomes: SaveOutcome[] = []
    const badUrl = { ...withId(drafts[0], 'bad-url'), references: [{ citation: 'A page', url: 'not a url' }] }
    await batch.add(badUrl, ctx, (o) => outcomes.push(o))
    await batch.flush()
    expect(outcomes[0].status).toBe('invalid')
    expect(outcomes[0].status === 'invalid' && outcomes[0].reason).toMatch(/http/)
  })

  it('stores a question with links as Payload does (its link rules apply), through Payload', async () => {
    const linked = { ...withId(drafts[0], 'linked'), stemHtml: '<p>See <a href="../notes/ulnar.html">the notes</a>: which nerve?</p>' }
    const batch = new ImportBatch(payload, ctx.institution)
    const outcomes: SaveOutcome[] = []
    await batch.add(linked, ctx, (o) => outcomes.push(o))
    await batch.flush()
    expect(outcomes[0].status).toBe('created')
    const reference = await payloadCreate({ ...linked, externalId: `${linked.externalId}-payload` })
    const [a, b] = [await read((outcomes[0] as { questionId: number }).questionId), await read(reference)]
    expect(JSON.stringify(a.stem).replace(/"id":"[^"]+"/g, '')).toBe(JSON.stringify(b.stem).replace(/"id":"[^"]+"/g, ''))
  })

  it('reports no question of a batch as saved when the batch stops (here, its lookup fails)', async () => {
    const failing = Object.create(payload, { find: { value: async () => Promise.reject(new Error('database gone')) } }) as Payload
    const batch = new ImportBatch(failing, ctx.institution)
    const outcomes: SaveOutcome[] = []
    await batch.add(withId(drafts[0], 'stopped-1'), ctx, (o) => outcomes.push(o))
    await batch.add(withId(drafts[1], 'stopped-2'), ctx, (o) => outcomes.push(o))
    await expect(batch.flush()).rejects.toThrow('database gone')
    expect(outcomes.map((o) => o.status)).toEqual(['invalid', 'invalid'])
    expect(outcomes[0].status === 'invalid' && outcomes[0].reason).toMatch(/not saved/i)
  })

  it('writes every column of every table the questions collection has (a new field fails here until the writer knows it)', async () => {
    const full: QuestionDraft = {
      ...withId(drafts[0], 'columns'),
      type: 'emq',
      emq: { theme: 'T', stems: [{ text: 'S', correctKey: 'a' }] },
      shortAnswer: { caseSensitive: false, answers: [{ text: 'x', fraction: 1 }] },
      numerical: { answers: [{ value: 1, tolerance: 0, fraction: 1 }] },
    }
    const rich = await draftRichText(full, payload)
    const tables = questionRows([{ fields: draftToQuestionFields(full), ...rich, institution: 1, category: 1, subcategory: null, tags: [1], userId: 1 }], { questionIds: [1], versionIds: [1] }, new Date().toISOString())
    const written = new Map(tables.map((t) => [t.table, t.columns.map((c) => c.name)]))
    const { rows } = await poolOf(payload).query<{ table_name: string; column_name: string; column_default: string | null }>(
      `select table_name, column_name, column_default from information_schema.columns
        where table_schema = 'public' and (table_name = 'questions' or table_name like 'questions\\_%' or table_name like '\\_questions\\_v%')`,
    )
    // Serial ids are the database's; relation rows for media and competencies are never bulk-written
    // (questions with files go through Payload, and imports set no competencies).
    const leftOut = (r: (typeof rows)[number]) =>
      (r.column_name === 'id' && r.column_default?.startsWith('nextval(')) || (r.table_name.endsWith('_rels') && ['media_id', 'competencies_id'].includes(r.column_name))
    const unwritten = rows.filter((r) => !written.get(r.table_name)?.includes(r.column_name) && !leftOut(r))
    expect(unwritten.map((r) => `${r.table_name}.${r.column_name}`)).toEqual([])
    expect([...written.keys()].sort()).toEqual([...new Set(rows.map((r) => r.table_name))].sort())
  })
})
