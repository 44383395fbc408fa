import { describe, expect, it } from 'vitest'

import { parseQuestions } from '../importers/index'
import { sanitizeImportedHtml } from '../importers/sanitize'
import { collect, drafts, fixtureChunks } from '../importers/testSupport'
import type { ExportFormat, ImportFormat, QuestionDraft } from '../questions/types'
import { EXPORT_FORMATS } from '../questions/types'
import { exportQuestions } from './index'
import { SAMPLE_DRAFTS } from './sampleDrafts'

/**
 * What each format can carry. CSV and JSON carry every field. GIFT has no difficulty, references, embedded media,
 * EMQ theme, case sensitivity or units. Moodle XML has no difficulty, references or EMQ theme.
 */
function carried(format: ExportFormat, draft: QuestionDraft): QuestionDraft {
  if (format === 'csv' || format === 'json') return draft
  const { difficulty: _difficulty, ...rest } = draft
  const copy: QuestionDraft = { ...rest, references: [] }
  if (copy.emq) copy.emq = { stems: copy.emq.stems }
  if (format === 'moodle-xml') return copy
  if (copy.shortAnswer) copy.shortAnswer = { ...copy.shortAnswer, caseSensitive: false }
  if (copy.numerical) copy.numerical = { answers: copy.numerical.answers }
  return { ...copy, media: [] }
}

const exported = async (format: ExportFormat, list: readonly QuestionDraft[]) => (await collect(exportQuestions(format, list))).join('')

describe('round trip: parse(export(drafts))', () => {
  it('the sample texts are already in sanitised form', () => {
    for (const d of SAMPLE_DRAFTS) for (const html of [d.stemHtml, d.explanationHtml ?? '', ...d.options.map((o) => o.text)]) expect(sanitizeImportedHtml(html)).toBe(html)
  })

  it.each(EXPORT_FORMATS)('%s reproduces every field the format carries', async (format) => {
    const text = await exported(format, SAMPLE_DRAFTS)
    const events = await collect(parseQuestions(format, text))
    expect(events.filter((e) => e.kind === 'invalid' || e.kind === 'skipped')).toEqual([])
    expect(drafts(events)).toEqual(SAMPLE_DRAFTS.map((d) => carried(format, d)))
  })

  it.each(EXPORT_FORMATS)('%s also round-trips drafts straight from the Moodle fixtures\' shapes (partial credit, distractors)', async (format) => {
    const source = await collect(parseQuestions('gift', '::M::Match {=a -> 1 =b -> 2 = -> 3}\n\n::P::Pick {~%50%x ~%50%y ~%-100%z}\n\n::R:: Pi {#3.141..3.142}'))
    const list = drafts(source)
    const again = drafts(await collect(parseQuestions(format, await exported(format, list))))
    expect(again).toEqual(list.map((d) => carried(format, d)))
  })

  it.each(EXPORT_FORMATS)('%s round-trips the questions imported from the Moodle fixtures', async (format) => {
    const files: [ImportFormat, string][] = [
      ['gift', 'question/format/gift/tests/fixtures/questions.gift.txt'],
      ['gift', 'question/format/gift/tests/fixtures/questions_in_category.gift.txt'],
      ...['multichoice', 'truefalse', 'nested_categories_with_questions', 'html_chars_in_idnumbers'].map((f): [ImportFormat, string] => ['moodle-xml', `question/format/xml/tests/fixtures/${f}.xml`]),
    ]
    for (const [source, file] of files) {
      const list = drafts(await collect(parseQuestions(source, fixtureChunks(file))))
      const again = drafts(await collect(parseQuestions(format, await exported(format, list))))
      expect(again).toEqual(list.map((d) => carried(format, d)))
    }
  })

  it('GIFT and Moodle XML write a category record only when the path changes', async () => {
    const list = SAMPLE_DRAFTS.slice(0, 2).flatMap((d) => [d, { ...d, externalId: `${d.externalId}-b` }])
    expect((await exported('gift', list)).match(/\$CATEGORY:/g)).toHaveLength(2)
    expect((await exported('moodle-xml', list)).match(/type="category"/g)).toHaveLength(2)
    const events = await collect(parseQuestions('moodle-xml', await exported('moodle-xml', list)))
    expect(events.filter((e) => e.kind === 'category').map((e) => (e.kind === 'category' ? e.path : []))).toEqual([['Anatomy & Embryology', 'Upper limb / hand'], ['Pharmacology']])
  })

  it('streams: one chunk per question plus header/footer, from an async source', async () => {
    async function* source() {
      yield* SAMPLE_DRAFTS
    }
    const chunks = await collect(exportQuestions('json', source()))
    expect(chunks).toHaveLength(SAMPLE_DRAFTS.length + 2)
    expect(JSON.parse(chunks.join(''))).toHaveLength(SAMPLE_DRAFTS.length)
    expect(await exported('json', [])).toBe('[]\n')
  })
})
