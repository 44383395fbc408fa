import { describe, expect, it } from 'vitest'

import { parseQuestions } from './index'
import { collect, drafts, fixtureChunks, summarize } from './testSupport'

const XML = 'question/format/xml/tests/fixtures/'
const parse = async (file: string, chunkSize?: number) => collect(parseQuestions('moodle-xml', fixtureChunks(XML + file, chunkSize)))
const bytes = (base64: string) => Buffer.from(base64, 'base64').length

// Moodle → Practica: multichoice single=true → sba, single=false → multiple-response, truefalse → true-false,
// matching → emq, shortanswer → short-answer, numerical → numerical; essay (and every other type) → skipped.
describe('Moodle XML conformance (Moodle fixtures)', () => {
  it('multichoice.xml: 1 category, 1 sba with 5 embedded files', async () => {
    const events = await parse('multichoice.xml', 113)
    expect(summarize(events)).toMatchObject({ questions: 1, types: { sba: 1 }, skipped: [], invalid: [], categories: ['Default for testhead/Multichoice'] })
    const [greeting] = drafts(events)
    expect(greeting.name).toBe('Greeting')
    expect(greeting.options.map((o) => [o.fraction, o.feedback])).toEqual([
      [0, '<p>Sorry, listen again.</p>'], [1, '<p>Yes, well done!</p>'], [0, '<p>Sorry, listen again.</p>'], [0, '<p>Sorry, listen again.</p>'],
    ])
    expect(greeting.media.map((m) => [m.filename, m.mimeType, bytes(m.base64)])).toEqual([
      ['bonjour.mp3', 'audio/mpeg', 12982], ['flag-uk.jpg', 'image/jpeg', 1999], ['flag-france.jpg', 'image/jpeg', 1098],
      ['flag-german.jpg', 'image/jpeg', 1024], ['flag-denmark.jpg', 'image/jpeg', 1250],
    ])
    expect(greeting.stemHtml).toContain('href="@@PLUGINFILE@@/bonjour.mp3"')
    expect(greeting.options[1].text).toContain('<img src="@@PLUGINFILE@@/flag-france.jpg"')
  })

  it('truefalse.xml: 2 true/false questions (false, true), 4 files each, 8 in total', async () => {
    const events = await parse('truefalse.xml', 4096)
    expect(summarize(events)).toMatchObject({ questions: 2, types: { 'true-false': 2 }, categories: ['Default for testhead/TrueFalse'] })
    const [isFalse, isTrue] = drafts(events)
    expect([isFalse, isTrue].map((d) => d.options.find((o) => o.correct)?.key)).toEqual(['false', 'true'])
    expect(isFalse.stemHtml).toContain('Dynamic Learning Education')
    expect(isFalse.stemHtml).not.toContain('style=')
    expect([isFalse, isTrue].flatMap((d) => d.media).map((m) => [m.filename, bytes(m.base64)]).sort()).toEqual(
      [['infos.jpg', 700], ['infos.jpg', 700], ['logo.jpg', 898], ['logo.jpg', 898], ['thumbdown.jpg', 599], ['thumbdown.jpg', 599], ['thumbup.jpg', 18063], ['thumbup.jpg', 18063]],
    )
  })

  it('nested_categories_with_questions.xml: 4 categories with descriptions, 4 true/false, the essay skipped', async () => {
    const events = await parse('nested_categories_with_questions.xml')
    const summary = summarize(events)
    expect(summary).toMatchObject({ questions: 4, types: { 'true-false': 4 }, invalid: [], categories: ['Iota', 'Iota/Kappa', 'Iota/Kappa/Lambda', 'Iota/Mu'] })
    expect(summary.skipped).toEqual([{ reason: 'Unsupported question type "essay"', sourceType: 'essay', name: 'Kappa Essay Question', source: { line: 55, element: 'question#4 (essay)' } }])
    expect(events.flatMap((e) => (e.kind === 'category' ? [e.description] : []))).toEqual(['Iota', 'Kappa', 'Lambda', 'Mu'].map((n) => `This is ${n} category for test`))
    expect(drafts(events).map((d) => [d.name, d.categoryPath.join('/')])).toEqual([
      ['Iota Question', 'Iota'], ['Kappa Question', 'Iota/Kappa'], ['Lambda Question', 'Iota/Kappa/Lambda'], ['Mu Question', 'Iota/Mu'],
    ])
  })

  it('nested_categories.xml: Delta → Epsilon → Zeta, 1 true/false in Zeta', async () => {
    const events = await parse('nested_categories.xml')
    expect(summarize(events)).toMatchObject({ questions: 1, types: { 'true-false': 1 }, categories: ['Delta', 'Delta/Epsilon', 'Delta/Epsilon/Zeta'] })
    expect(drafts(events)[0].categoryPath).toEqual(['Delta', 'Epsilon', 'Zeta'])
  })

  it('category_with_description.xml: Alpha with its description, 1 true/false', async () => {
    const events = await parse('category_with_description.xml')
    expect(events[0]).toEqual({ kind: 'category', path: ['Alpha'], description: 'This is Alpha category for test', source: { line: 4, element: 'question#1 (category)' } })
    expect(summarize(events)).toMatchObject({ questions: 1, types: { 'true-false': 1 } })
  })

  it('error_invalid_grades.xml: the multiple-response question is rejected (weights add up to 99.67 %)', async () => {
    const events = await parse('error_invalid_grades.xml')
    expect(summarize(events)).toMatchObject({ questions: 0, skipped: [], categories: [] })
    expect(events).toEqual([
      {
        kind: 'invalid',
        reason: 'The positive weights of a multiple-response question must add up to 100% (these add up to 99.67%).',
        source: { line: 4, element: 'question#1 (multichoice)' },
        name: 'Question with <strong>invalid grades</strong> : x > 1 & x < 2',
      },
    ])
  })

  it('html_chars_in_idnumbers.xml: the idnumber "T & F" becomes the external id', async () => {
    const events = await parse('html_chars_in_idnumbers.xml')
    expect(summarize(events)).toMatchObject({ questions: 1, types: { 'true-false': 1 }, categories: ['Alpha'] })
    expect(drafts(events)[0].externalId).toBe('T & F')
  })

  it('old_format_file.xml: Pi and Pi/Rho without descriptions, 2 true/false', async () => {
    const events = await parse('old_format_file.xml')
    expect(events.filter((e) => e.kind === 'category')).toEqual([
      { kind: 'category', path: ['Pi'], source: { line: 4, element: 'question#1 (category)' } },
      { kind: 'category', path: ['Pi', 'Rho'], source: { line: 39, element: 'question#3 (category)' } },
    ])
    expect(drafts(events).map((d) => [d.name, d.categoryPath])).toEqual([['Pi Question', ['Pi']], ['Rho Question', ['Pi', 'Rho']]])
  })
})

describe('Moodle XML details', () => {
  const wrap = (body: string) => `<?xml version="1.0"?>\n<quiz>\n${body}\n</quiz>\n`
  const question = (type: string, inner: string) => `<question type="${type}"><name><text>${type}</text></name><questiontext format="html"><text>Q</text></questiontext>${inner}</question>`

  it('maps matching, short answer and numerical; fractions are percentages', async () => {
    const events = await collect(parseQuestions('moodle-xml', wrap([
      question('matching', '<subquestion format="html"><text>cat</text><answer><text>mammal</text></answer></subquestion><subquestion format="html"><text>frog</text><answer><text>amphibian</text></answer></subquestion><subquestion><text></text><answer><text>bird</text></answer></subquestion>'),
      question('shortanswer', '<usecase>1</usecase><answer fraction="100"><text>Frog</text></answer><answer fraction="33.33333"><text>Toad</text><feedback><text>Close</text></feedback></answer>'),
      question('numerical', '<answer fraction="100"><text>3.14</text><tolerance>0.01</tolerance></answer><answer fraction="0"><text>*</text></answer><units><unit><multiplier>1</multiplier><unit_name>rad</unit_name></unit></units>'),
      question('calculatedsimple', ''),
    ].join('\n'))))
    const [matching, short, numerical] = drafts(events)
    expect(matching.options.map((o) => o.text)).toEqual(['mammal', 'amphibian', 'bird'])
    expect(matching.emq?.stems).toEqual([{ text: 'cat', correctKey: 'a' }, { text: 'frog', correctKey: 'b' }])
    expect(short.shortAnswer).toEqual({ caseSensitive: true, answers: [{ text: 'Frog', fraction: 1 }, { text: 'Toad', fraction: 0.3333333, feedback: 'Close' }] })
    expect(numerical.numerical).toEqual({ answers: [{ value: 3.14, tolerance: 0.01, fraction: 1 }], unit: 'rad' })
    expect(events[3]).toMatchObject({ kind: 'skipped', sourceType: 'calculatedsimple', reason: 'Unsupported question type "calculatedsimple"', source: { element: 'question#4 (calculatedsimple)' } })
  })

  it('a syntax error spoils only its question; later questions still import', async () => {
    const events = await collect(parseQuestions('moodle-xml', wrap([question('truefalse', '<answer fraction="100"><text>true & false</text></answer>'), question('truefalse', '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>')].join('\n'))))
    expect(events.map((e) => e.kind)).toEqual(['invalid', 'question'])
    expect(events[0]).toMatchObject({ reason: expect.stringMatching(/^Malformed XML at line 3/), source: { line: 3, element: 'question#1 (truefalse)' } })
  })

  it('reports a file that is not XML once, not once per character', async () => {
    const events = await collect(parseQuestions('moodle-xml', 'GIFT text, not XML {T}'))
    expect(events.map((e) => (e.kind === 'invalid' ? e.reason : e.kind))).toEqual([
      'Malformed XML at line 1, column 2: Non-whitespace before first tag.',
      'No XML elements found: this is not a Moodle XML file.',
    ])
  })
})
