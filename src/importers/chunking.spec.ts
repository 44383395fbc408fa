import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { exportQuestions } from '../exporters/index'
import { SAMPLE_DRAFTS } from '../exporters/sampleDrafts'
import type { ImportFormat } from '../questions/types'
import { parseQuestions } from './index'
import { collect, fixtureText } from './testSupport'
import { numberedLines } from './textSource'

const exported = async (format: 'gift' | 'moodle-xml' | 'csv' | 'json') => (await collect(exportQuestions(format, SAMPLE_DRAFTS))).join('')

/** The same text cut at the given offsets (anywhere: mid-line, mid-tag, mid-"\r\n", mid-emoji). */
function cut(text: string, offsets: number[]): string[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b)
  return [...points, text.length].map((end, i) => text.slice(i === 0 ? 0 : points[i - 1], end))
}

async function* slowly(chunks: string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk
}

const samples: [ImportFormat, () => Promise<string>][] = [
  ['gift', async () => fixtureText('question/format/gift/examples.txt') + '\n\n' + (await exported('gift'))],
  ['gift', async () => (await exported('gift')).replace(/\n/g, '\r\n')],
  ['aiken', async () => fixtureText('question/format/aiken/tests/fixtures/aiken_errors.txt').replace(/\n/g, '\r\n')],
  ['moodle-xml', async () => exported('moodle-xml')],
  ['moodle-xml', async () => fixtureText('question/format/xml/tests/fixtures/nested_categories_with_questions.xml')],
  ['csv', async () => (await exported('csv')).replace(/\n/g, '\r\n')],
  ['json', async () => exported('json')],
]

describe('chunk boundaries never change the parse result (property)', () => {
  it.each(samples.map(([format, text], i) => [`${format} #${i}`, format, text] as const))('%s', async (_label, format, load) => {
    const text = await load()
    const whole = await collect(parseQuestions(format, text))
    expect(whole.filter((e) => e.kind === 'question').length).toBeGreaterThan(0)
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (offsets) => {
        expect(await collect(parseQuestions(format, slowly(cut(text, offsets))))).toEqual(whole)
      }),
      { numRuns: 30 },
    )
    // The extreme case: one character per chunk.
    expect(await collect(parseQuestions(format, slowly([...text])))).toEqual(whole)
  })

  it('lines are numbered the same however the text is cut, with "\\r\\n", "\\r" and a final line without newline', async () => {
    const text = 'a\r\nb\rc\n\r\nd😀\r'
    const expected = [{ text: 'a', line: 1 }, { text: 'b', line: 2 }, { text: 'c', line: 3 }, { text: '', line: 4 }, { text: 'd😀', line: 5 }]
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (offsets) => {
        expect(await collect(numberedLines(slowly(cut(text, offsets))))).toEqual(expected)
      }),
    )
  })
})
