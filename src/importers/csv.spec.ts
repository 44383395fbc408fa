import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseQuestions } from './index'
import { collect, drafts, summarize } from './testSupport'

const formats = readFileSync(new URL('./FORMATS.md', import.meta.url), 'utf8')
const example = /```csv\n([\s\S]*?)```/.exec(formats)?.[1] ?? ''
const parse = async (text: string) => collect(parseQuestions('csv', text))
const HEADER = 'external_id,type,stem,option_a,option_b,option_c,correct,scores,emq_stems,accepted_answers,numerical_value,difficulty'

describe('CSV import', () => {
  it('reads the documented example: one question of each type', async () => {
    const events = await parse(example)
    expect(summarize(events)).toMatchObject({ questions: 6, skipped: [], invalid: [] })
    const [sba, mr, tf, emq, short, numerical] = drafts(events)
    expect(sba).toMatchObject({ externalId: 'anat-1', name: 'Wrist drop', categoryPath: ['Anatomy', 'Upper limb'], difficulty: 2, tags: ['anatomy', 'nerves'], explanationHtml: '<p>The radial nerve.</p>' })
    expect(sba.options.map((o) => [o.key, o.correct, o.fraction, o.feedback])).toEqual([['a', false, 0, undefined], ['b', true, 1, 'Yes.'], ['c', false, -0.5, 'No: claw hand.'], ['d', false, 0, undefined]])
    expect(sba.references).toEqual([{ citation: "Gray's Anatomy, p. 812", url: 'https://example.org/grays' }])
    expect(mr.options.map((o) => o.fraction)).toEqual([0.5, -1, 0.5])
    expect(tf.options.map((o) => [o.key, o.correct, o.feedback])).toEqual([['true', false, undefined], ['false', true, 'Right shift.']])
    expect(emq.emq).toEqual({ theme: 'Upper limb nerves', stems: [{ text: 'Winged scapula', correctKey: 'b' }, { text: 'Flat deltoid', correctKey: 'a' }] })
    expect(short.shortAnswer).toEqual({ caseSensitive: true, answers: [{ text: 'Staphylococcus aureus', fraction: 1, feedback: 'Yes.' }, { text: 'Staph', fraction: 0.5 }] })
    expect(numerical.numerical).toEqual({ unit: 'mmol/L', answers: [{ value: 12, tolerance: 0, fraction: 1 }, { value: 12, tolerance: 2, fraction: 0.5 }] })
    expect(events.map((e) => e.source.line)).toEqual([2, 3, 4, 5, 6, 7])
  })

  it('reports bad rows with their line (multi-line cells counted) and carries on', async () => {
    const events = await parse([
      HEADER,
      'q1,sba,"Line one\nline two",x,y,,C,,,,,',
      'q2,essay,Describe…,,,,,,,,,',
      'q3,emq,Match,x,y,,,,stem => Z,,,',
      'q1,true-false,Again,,,,true,,,,,',
      ',,,,,,,,,,,',
      'q5,numerical,N,,,,,,,,abc,',
      'q6,sba,"<p onclick=""x()"">Pick</p><script>bad()</script>",x,y,,A,,,,,7',
      'q7,multiple-response,Pick,x,y,z,A;B,A=50%;B=25%,,,,',
      'q8,,No type,,,,,,,,,',
    ].join('\r\n'))
    expect(events.map((e) => [e.kind, e.source.line])).toEqual([
      ['invalid', 2], ['skipped', 4], ['invalid', 5], ['invalid', 6], ['invalid', 8], ['invalid', 9], ['invalid', 10], ['invalid', 11],
    ])
    const reasons = events.map((e) => (e.kind === 'question' || e.kind === 'category' ? '' : e.reason))
    expect(reasons[0]).toBe('"correct" names C, which is not an option.')
    expect(reasons[1]).toBe('Unsupported question type "essay"')
    expect(reasons[2]).toMatch(/EMQ stem 1 is keyed to "z"/)
    expect(reasons[3]).toBe('external_id "q1" is already used by the row at line 2.')
    expect(reasons[4]).toMatch(/"abc" is not a number/)
    expect(reasons[5]).toBe('Difficulty is a whole number from 1 to 5.')
    expect(reasons[6]).toMatch(/add up to 100% \(these add up to 75%\)/)
    expect(reasons[7]).toBe('The "type" cell is empty.')
  })

  it('sanitises HTML cells', async () => {
    const [event] = await parse(`${HEADER}\nq,sba,"<p onclick=""x()"">Pick</p><script>bad()</script>",x,y,,A,,,,,`)
    expect(event.kind === 'question' && event.draft.stemHtml).toBe('<p>Pick</p>')
  })

  it('rejects a header without type and stem, an empty file, and an unclosed quote', async () => {
    expect(await parse('id,question\n1,x\n')).toEqual([{ kind: 'invalid', reason: 'The header row needs at least the columns "type" and "stem" (found: id, question).', source: { line: 1 } }])
    expect(await parse('')).toMatchObject([{ kind: 'invalid', reason: expect.stringMatching(/empty/) }])
    const events = await parse(`${HEADER}\nq1,true-false,Fine,,,,true,,,,,\nq2,sba,"unclosed`)
    expect(events.map((e) => e.kind)).toEqual(['question', 'invalid'])
    expect(events[1]).toMatchObject({ reason: expect.stringMatching(/^CSV syntax error: Quote Not Closed/), source: { line: 3 } })
  })

  it('accepts header variants, a subcategory column and more than eight options', async () => {
    const [event] = await parse('Type,Stem,Category,Subcategory,Option A,Option B,More Options,Correct,EMQ Stems\nEMQ,Match,A,B,x,y,I: nine || J: ten,,s => J\n')
    expect(event.kind === 'question' && [event.draft.categoryPath, event.draft.options.map((o) => o.key), event.draft.emq?.stems]).toEqual([['A', 'B'], ['a', 'b', 'i', 'j'], [{ text: 's', correctKey: 'j' }]])
  })
})
