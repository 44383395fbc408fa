import { describe, expect, it } from 'vitest'

import { parseQuestions } from './index'
import { collect, drafts, fixtureChunks, summarize } from './testSupport'

const AIKEN = 'question/format/aiken/tests/fixtures/'

// Aiken questions are Moodle multichoice single → Practica sba (Aiken has no true/false or multiple response).
describe('Aiken conformance (Moodle fixtures)', () => {
  it('questions.aiken.txt: 2 single best answer questions, raw <, >, " and & kept as text', async () => {
    const events = await collect(parseQuestions('aiken', fixtureChunks(AIKEN + 'questions.aiken.txt', 31)))
    expect(summarize(events)).toMatchObject({ questions: 2, types: { sba: 2 }, skipped: [], invalid: [] })
    const [first, second] = drafts(events)
    expect(first.options.map((o) => o.text)).toEqual(['Petr Skoda', 'Martin Dougiamas', 'Eloy Lafuente', 'Tim Hunt'])
    expect(first.options.find((o) => o.correct)?.key).toBe('b')
    expect(second.stemHtml).toBe('Moodle\'s abilities include handling user input that includes &lt;html class="cool"&gt; &amp; images:')
    expect(second.options.map((o) => [o.text, o.correct])).toEqual([['True', true], ['False', false]])
  })

  it('aiken_errors.txt: 2 imported, 4 errors at Moodle\'s lines', async () => {
    const events = await collect(parseQuestions('aiken', fixtureChunks(AIKEN + 'aiken_errors.txt', 13)))
    const summary = summarize(events)
    expect(summary.types).toEqual({ sba: 2 })
    expect(events.filter((e) => e.kind === 'question').map((e) => e.source.line)).toEqual([9, 18])
    expect(drafts(events).map((d) => d.options.map((o) => [o.text, o.fraction]))).toEqual([
      [['Correct', 1], ['Incorrect', 0]],
      [['Incorrect (No space)', 0], ['Correct (No space)', 1]],
    ])
    expect(summary.invalid).toEqual([
      { source: { line: 1 }, reason: 'Question "A question with too few answers" needs at least 2 options (it has 1; ANSWER at line 3).' },
      { source: { line: 5 }, reason: 'Option line "A) Question not started" comes before any question.' },
      { source: { line: 7 }, reason: 'ANSWER line "ANSWER: Question not started" comes before any question.' },
      { source: { line: 14 }, reason: 'Question "A question started but not finished" has no ANSWER line before the next question starts at line 18.' },
    ])
  })

  it('rejects an answer letter with no option, and a question cut off by the end of the file', async () => {
    const events = await collect(parseQuestions('aiken', 'Q?\nA) x\nB) y\nANSWER: D\n\nLast?\nA) 1\n'))
    expect(summarize(events).invalid.map((i) => i.reason)).toEqual(['ANSWER "D" at line 4 is not one of the 2 options.', 'Question "Last?" has no ANSWER line before the end of the file.'])
  })
})
