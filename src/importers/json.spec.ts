import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseQuestions } from './index'
import { collect, drafts, summarize } from './testSupport'

const formats = readFileSync(new URL('./FORMATS.md', import.meta.url), 'utf8')
const example = /```json\n([\s\S]*?)```/.exec(formats)?.[1] ?? ''
const parse = async (text: string) => collect(parseQuestions('json', text))

describe('JSON import', () => {
  it('reads the documented example, with defaults for keys, fractions and the true/false shorthand', async () => {
    const events = await parse(example)
    expect(summarize(events)).toMatchObject({ questions: 6, skipped: [], invalid: [] })
    const [sba, tf, emq, short, numerical, mr] = drafts(events)
    expect(sba.options.map((o) => [o.key, o.correct, o.fraction])).toEqual([['a', false, 0], ['b', true, 1], ['c', false, -0.5]])
    expect(sba).toMatchObject({ externalId: 'anat-1', categoryPath: ['Anatomy', 'Upper limb'], references: [{ citation: "Gray's Anatomy, p. 812" }] })
    expect(tf.options.map((o) => [o.key, o.correct])).toEqual([['true', true], ['false', false]])
    expect(emq.emq).toEqual({ theme: 'Upper limb nerves', stems: [{ text: 'Winged scapula', correctKey: 'b' }] })
    expect(short.shortAnswer).toEqual({ caseSensitive: false, answers: [{ text: 'Paris', fraction: 1 }] })
    expect(numerical.numerical).toEqual({ unit: 'mmol/L', answers: [{ value: 12, tolerance: 2, fraction: 1 }] })
    expect(mr.options.map((o) => o.fraction)).toEqual([0.5, 0, 0.5])
    expect(events.map((e) => e.source)).toEqual([0, 1, 2, 3, 4, 5].map((i) => expect.objectContaining({ element: `[${i}]` })))
    expect(events[1].source.line).toBe(16)
  })

  it('reports a bad element with its index and line, then reads the next', async () => {
    const events = await parse('[\n {"type": "sba", "stem": 3},\n {"type": "essay", "stem": "x"},\n {"type": "numerical", "stem": "x", "numerical_answers": [{"min": 5, "max": 1}]},\n {"type": "sba", "stem": "x", "bogus": [1, {"a": "]"}]},\n {oops},\n {"type": "true-false", "stem": "ok", "answer": false}\n]')
    expect(events.map((e) => [e.kind, e.source.line, e.source.element])).toEqual([
      ['invalid', 2, '[0]'], ['skipped', 3, '[1]'], ['invalid', 4, '[2]'], ['invalid', 5, '[3]'], ['invalid', 6, '[4]'], ['question', 7, '[5]'],
    ])
    expect(events[0]).toMatchObject({ reason: 'stem: Invalid input: expected string, received number' })
    expect(events[3]).toMatchObject({ reason: 'Unrecognized key: "bogus"' })
    expect(events[4]).toMatchObject({ reason: expect.stringMatching(/^Element 4 is not valid JSON/) })
  })

  it('rejects a file that is not an array, or ends early', async () => {
    expect(await parse('{"type": "sba"}')).toMatchObject([{ kind: 'invalid', reason: 'A JSON question file must be an array: [ {…}, {…} ].' }])
    expect(await parse('[{"type": "true-false", "stem": "x", "answer": true}')).toMatchObject([{ kind: 'question' }, { kind: 'invalid', reason: expect.stringMatching(/closing "\]"/) }])
    expect(await parse('[]')).toEqual([])
  })
})
