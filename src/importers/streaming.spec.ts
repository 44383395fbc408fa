import { describe, expect, it } from 'vitest'

import { exportQuestions } from '../exporters/index'
import type { ExportFormat, QuestionDraft } from '../questions/types'
import { parseQuestions } from './index'

const COUNT = 10_000

/** A source that records how far it has been read, so the test can see the parser never runs ahead of the consumer. */
function meteredSource(make: (i: number) => string, header = '') {
  const meter = { produced: 0 }
  async function* chunks(): AsyncGenerator<string> {
    if (header) yield header
    for (let i = 0; i < COUNT; i++) {
      meter.produced = i + 1
      yield make(i)
    }
  }
  return { meter, chunks: chunks() }
}

/** Consume events one by one, noting how many questions the source had produced ahead of the consumer. */
async function consume(events: AsyncIterable<{ kind: string }>, meter: { produced: number }) {
  let questions = 0
  let maxLead = 0
  for await (const event of events) {
    expect(event.kind).toBe('question')
    questions++
    maxLead = Math.max(maxLead, meter.produced - questions)
  }
  return { questions, maxLead }
}

// Not a timing test: the generous timeout only keeps slow machines from failing it.
describe('streaming 10,000 questions (events arrive while the file is still being read)', { timeout: 60_000 }, () => {
  it('GIFT', async () => {
    const { meter, chunks } = meteredSource((i) => `::Q${i}:: What is ${i} + 1? {\n=${i + 1}\n~${i}\n~${i + 2}#no\n}\n\n`)
    const { questions, maxLead } = await consume(parseQuestions('gift', chunks), meter)
    expect(questions).toBe(COUNT)
    expect(maxLead).toBeLessThanOrEqual(2)
  })

  it('CSV', async () => {
    const { meter, chunks } = meteredSource((i) => `q${i},sba,"What is ${i} + 1?",${i + 1},${i},${i + 2},A\r\n`, 'external_id,type,stem,option_a,option_b,option_c,correct\r\n')
    const { questions, maxLead } = await consume(parseQuestions('csv', chunks), meter)
    expect(questions).toBe(COUNT)
    expect(maxLead).toBeLessThanOrEqual(2)
  })

  it.each(['moodle-xml', 'json'] as const satisfies readonly ExportFormat[])('%s, exporter piped into importer', async (format) => {
    const meter = { produced: 0 }
    async function* drafts(): AsyncGenerator<QuestionDraft> {
      for (let i = 0; i < COUNT; i++) {
        meter.produced = i + 1
        yield { externalId: `q${i}`, type: 'true-false', stemHtml: `<p>${i} is even.</p>`, categoryPath: ['Numbers'], tags: [], references: [], media: [], options: [{ key: 'true', text: 'True', correct: i % 2 === 0, fraction: i % 2 === 0 ? 1 : 0 }, { key: 'false', text: 'False', correct: i % 2 === 1, fraction: i % 2 === 1 ? 1 : 0 }] }
      }
    }
    const events = parseQuestions(format, exportQuestions(format, drafts()))
    let questions = 0
    let maxLead = 0
    for await (const event of events) {
      if (event.kind === 'category') continue
      expect(event.kind).toBe('question')
      questions++
      maxLead = Math.max(maxLead, meter.produced - questions)
    }
    expect(questions).toBe(COUNT)
    expect(maxLead).toBeLessThanOrEqual(2)
  })
})
