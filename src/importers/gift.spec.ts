import { describe, expect, it } from 'vitest'

import { parseQuestions } from './index'
import { collect, drafts, fixtureChunks, summarize } from './testSupport'

const GIFT = 'question/format/gift/'
const parse = async (file: string) => collect(parseQuestions('gift', fixtureChunks(GIFT + file)))
const parseText = async (text: string) => collect(parseQuestions('gift', text))

// Moodle → Practica: multichoice single ("=" present) → sba, multichoice multiple (only "~") → multiple-response,
// truefalse → true-false, matching → emq, shortanswer → short-answer, numerical → numerical; essay/description → skipped.
describe('GIFT conformance (Moodle fixtures)', () => {
  it('tests/fixtures/questions.gift.txt: 9 questions, the essay skipped', async () => {
    const events = await parse('tests/fixtures/questions.gift.txt')
    const summary = summarize(events)
    expect(summary.types).toEqual({ sba: 1, 'multiple-response': 1, 'true-false': 3, 'short-answer': 1, numerical: 1, emq: 1 })
    expect(summary.skipped).toEqual([{ reason: 'Unsupported question type "essay"', sourceType: 'essay', name: 'Q8', source: { line: 2 } }])
    expect(summary.invalid).toEqual([])
    expect(summary.categories).toEqual([])
    expect(summary.questions + summary.skipped.length).toBe(9)

    const [matching, q2, colours, q5, shortanswer, q1, tsl1, tsl2] = drafts(events)
    expect(matching.options.map((o) => o.text)).toEqual(['Forum', 'Choice', 'Database', 'Wiki', 'Chat'])
    expect(matching.emq?.stems.map((s) => s.correctKey)).toEqual(['a', 'b', 'c', 'd'])
    expect(matching.stemHtml).toBe('Match the <b>activity</b> to the description.')
    expect(q2.options.map((o) => [o.text, o.fraction, o.feedback])).toEqual([['yellow', 1, 'right; good!'], ['red', 0, "wrong, it's yellow"], ['blue', 0, "wrong, it's yellow"]])
    expect(colours.options.map((o) => o.fraction)).toEqual([0.5, -1, 0.5, -1])
    expect(q5.numerical).toEqual({ answers: [{ value: 3, tolerance: 2, fraction: 1 }] }) // Moodle's "*" catch-all is dropped.
    expect(shortanswer.shortAnswer?.answers.map((a) => [a.text, a.fraction])).toEqual([['Frog', 1], ['Cat', 0.5], ['*', 0]])
    expect(q1.options.map((o) => [o.key, o.correct, o.feedback])).toEqual([['true', false, '42 is the Ultimate Answer.'], ['false', true, 'You gave the right answer.']])
    expect(q1.explanationHtml).toBe("This is, of course, a Hitchiker's Guide to the Galaxy reference.")
    expect([tsl1.externalId, tsl2.externalId]).toEqual(['2-08 TSL', '2-08 TSL (2)']) // Same ::name:: twice stays two questions.
    expect([tsl1, tsl2].map((d) => d.options.find((o) => o.correct)?.key)).toEqual(['true', 'true'])
  })

  it('tests/fixtures/questions_in_category.gift.txt: 4 questions in "Default for New Features"', async () => {
    const events = await parse('tests/fixtures/questions_in_category.gift.txt')
    const summary = summarize(events)
    expect(summary.types).toEqual({ emq: 1, sba: 1, 'short-answer': 1, 'true-false': 1 })
    expect(events[0]).toEqual({ kind: 'category', path: ['Default for New Features'], source: { line: 2 } })
    expect(drafts(events).every((d) => d.categoryPath.join('/') === 'Default for New Features')).toBe(true)
    const greeting = drafts(events)[1]
    expect(greeting.stemHtml).toContain('<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>')
    expect(greeting.options.find((o) => o.correct)?.text).toBe('French')
    expect(drafts(events)[3].stemHtml).not.toContain('style')
  })

  it('examples.txt: 43 questions (16 MC single, 2 MC multiple, 5 T/F, 9 short, 8 numerical, 3 matching)', async () => {
    const events = await parse('examples.txt')
    const summary = summarize(events)
    expect(summary.types).toEqual({ sba: 16, 'multiple-response': 2, 'true-false': 5, 'short-answer': 9, numerical: 8, emq: 3 })
    expect(summary.skipped).toEqual([])
    expect(summary.invalid).toEqual([])
    const all = drafts(events)
    expect(new Set(all.map((d) => d.externalId)).size).toBe(43)
    const range = all.find((d) => d.numerical?.answers[0].tolerance === 0.0005)
    expect(range?.numerical?.answers).toEqual([{ value: 3.1415, tolerance: 0.0005, fraction: 1 }])
    const control = all.find((d) => d.name === 'GIFT Control Characters')
    expect(control?.options.map((o) => o.text)).toEqual(['~', '=', '#', '{', '}', '\\'])
    expect(all.find((d) => d.name === 'Kanji Origins')?.type).toBe('short-answer')
  })
})

describe('GIFT details', () => {
  it('reports malformed blocks with their line and carries on', async () => {
    const events = await parseText('::A:: Broken {=x\n\n::B:: Fine {T}\n\n::C:: Bad number {#abc}\n\n::D:: Too few {~only}\n')
    expect(events.map((e) => [e.kind, e.source.line])).toEqual([['invalid', 1], ['question', 3], ['invalid', 5], ['invalid', 7]])
    expect(events[0]).toMatchObject({ reason: expect.stringMatching(/braces/), name: 'A' })
    expect(events[2]).toMatchObject({ reason: expect.stringMatching(/"abc" is not a number/) })
  })

  it('checks tolerances and weights', async () => {
    const events = await parseText('Tol {#5:-1}\n\nWeight {~%150%a ~b}')
    expect(events.map((e) => (e.kind === 'invalid' ? e.reason : e.kind))).toEqual([
      'Tolerance must be zero or more.',
      expect.stringContaining('A fraction lies between -1 and 1.'),
    ])
  })

  it('marks several 100 % answers of an "=" question invalid, suggesting multiple-response', async () => {
    const [event] = await parseText('Pick {=a =b ~c}')
    expect(event).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/multiple-response/) })
  })

  it('reads [id:] and [tag:] comments, $CATEGORY with $module$ and top, descriptions as skipped', async () => {
    const events = await parseText('$CATEGORY: $module$/top/A//B/C\n\n// [id:Q-1] [tag:x] [tag:y\\]z]\n::N::Stem {T}\n\nJust a description.\n')
    expect(events[0]).toMatchObject({ kind: 'category', path: ['A/B', 'C'] })
    expect(drafts(events)[0]).toMatchObject({ externalId: 'Q-1', name: 'N', tags: ['x', 'y]z'], categoryPath: ['A/B', 'C'] })
    expect(events[2]).toMatchObject({ kind: 'skipped', sourceType: 'description', source: { line: 6 } })
  })
})
