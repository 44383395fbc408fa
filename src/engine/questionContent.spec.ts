import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { gradeResponse } from '@/grading'
import { textToLexical } from '@/questions/lexical'
import { orderOptions, questionContent, type StoredQuestion } from './questionContent'

const SECRET = 'KEY-SECRET'
const sba: StoredQuestion = {
  type: 'sba',
  stem: textToLexical('Which nerve supplies the deltoid?'),
  options: [
    { id: 'a', label: 'A', text: 'Radial', isCorrect: false, feedback: `${SECRET} radial` },
    { id: 'b', label: 'B', text: 'Axillary', isCorrect: true, fraction: 1 },
  ],
  explanation: textToLexical(`${SECRET} explanation`),
  references: [{ citation: `${SECRET} ref` }],
  category: { id: 4, name: 'Anatomy', slug: 'anatomy' },
}

describe('question content', () => {
  it('splits a stored question into a key for grading, a learner view with no key, and what answering reveals', () => {
    const c = questionContent(10, 99, sba)
    expect(JSON.stringify(c.view)).not.toContain(SECRET)
    expect(JSON.stringify(c.view)).not.toMatch(/isCorrect|fraction|feedback|explanation|references/)
    expect(c.view).toMatchObject({ id: 10, version: 99, type: 'sba', stem_text: 'Which nerve supplies the deltoid?', options: [{ id: 'a', label: 'A', text: 'Radial' }, { id: 'b', label: 'B', text: 'Axillary' }], category: { slug: 'anatomy' } })
    expect(c.reveal).toMatchObject({ correct_option_ids: ['b'], explanation: `${SECRET} explanation`, option_feedback: { a: `${SECRET} radial` } })
    expect(gradeResponse(c.key, { selectedOptionIds: ['b'] }, { mode: 'all-or-nothing' }).isCorrect).toBe(true)
  })

  it('keys EMQ stems by option id from their letters', () => {
    const c = questionContent(1, 2, {
      type: 'emq',
      emqTheme: 'Nerves',
      options: [{ id: 'x', label: 'A', text: 'Radial' }, { id: 'y', label: 'B', text: 'Ulnar' }],
      emqStems: [{ id: 's1', prompt: 'Wrist drop', answer: 'A' }, { id: 's2', prompt: 'Claw hand', answer: 'b' }],
    })
    expect(c.view.emq).toEqual({ theme: 'Nerves', stems: [{ id: 's1', prompt: 'Wrist drop' }, { id: 's2', prompt: 'Claw hand' }] })
    expect(c.reveal.correct_matches).toEqual({ s1: 'x', s2: 'y' })
    expect(gradeResponse(c.key, { matches: { s1: 'x', s2: 'y' } }, { mode: 'all-or-nothing' }).score).toBe(2)
  })

  it('never lets any option text, feedback or answer into the view except option and stem text', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string(), feedback: fc.string({ minLength: 1 }), isCorrect: fc.boolean() }), { minLength: 2, maxLength: 6 }), (options) => {
        const c = questionContent(1, 1, { type: 'multiple-response', options: options.map((o, i) => ({ ...o, id: `o${i}`, feedback: `${SECRET}${o.feedback}` })) })
        expect(JSON.stringify(c.view)).not.toContain(SECRET)
        expect(c.view.options!.map((o) => Object.keys(o).sort())).toEqual(options.map(() => ['id', 'label', 'text']))
      }),
    )
  })

  it("orders options by a session's shuffle and relabels them A, B, C…", () => {
    const view = questionContent(1, 1, sba).view
    expect(orderOptions(view, ['b', 'a']).options).toEqual([{ id: 'b', label: 'A', text: 'Axillary' }, { id: 'a', label: 'B', text: 'Radial' }])
    expect(orderOptions(view, undefined)).toBe(view)
  })
})
