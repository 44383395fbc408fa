import type { QuestionDraft } from '../questions/types'
import { fractionToPercent } from '../importers/numbers'
import { matchingPairs } from './matchingPairs'
import { fileElements, textContent, textElement, valueElement } from './xmlText'

const MOODLE_TYPES = { sba: 'multichoice', 'multiple-response': 'multichoice', 'true-false': 'truefalse', emq: 'matching', 'short-answer': 'shortanswer', numerical: 'numerical' } as const

type Answer = { text: string; fraction: number; feedback?: string; format?: string; extra?: string[] }

function answerElement(a: Answer, draft: QuestionDraft): string[] {
  const files = fileElements(a.text, draft.media)
  const feedback = a.feedback ?? ''
  return [
    `    <answer fraction="${fractionToPercent(a.fraction)}" format="${a.format ?? 'html'}">`,
    `      <text>${textContent(a.text)}</text>`,
    ...files.map((f) => `      ${f}`),
    ...textElement('feedback', feedback, { format: 'html', files: fileElements(feedback, draft.media), indent: '      ' }),
    ...(a.extra ?? []).map((line) => `      ${line}`),
    '    </answer>',
  ]
}

/** The elements Moodle reads for each type (defaults for what Practica does not store: grade 1, penalty ⅓). */
function typeElements(draft: QuestionDraft): string[] {
  switch (draft.type) {
    case 'sba':
    case 'multiple-response':
      return [
        valueElement('single', draft.type === 'sba' ? 'true' : 'false'),
        valueElement('shuffleanswers', 'true'),
        valueElement('answernumbering', 'abc'),
        ...draft.options.flatMap((o) => answerElement(o, draft)),
      ]
    case 'true-false':
      return draft.options.flatMap((o) => answerElement({ text: o.key, fraction: o.correct ? 1 : 0, feedback: o.feedback, format: 'moodle_auto_format' }, draft))
    case 'emq':
      return [
        valueElement('shuffleanswers', 'true'),
        ...matchingPairs(draft).flatMap((p) => [
          ...textElement('subquestion', p.stem, { format: 'html', files: fileElements(p.stem, draft.media) }).slice(0, -1),
          ...textElement('answer', p.answer, { indent: '      ' }),
          '    </subquestion>',
        ]),
      ]
    case 'short-answer':
      return [
        valueElement('usecase', draft.shortAnswer?.caseSensitive ? 1 : 0),
        ...(draft.shortAnswer?.answers ?? []).flatMap((a) => answerElement({ ...a, format: 'moodle_auto_format' }, draft)),
      ]
    case 'numerical': {
      const unit = draft.numerical?.unit
      return [
        ...(draft.numerical?.answers ?? []).flatMap((a) =>
          answerElement({ text: String(a.value), fraction: a.fraction, feedback: a.feedback, format: 'moodle_auto_format', extra: [valueElement('tolerance', a.tolerance, '')] }, draft),
        ),
        ...(unit === undefined ? [] : ['    <units>', '      <unit>', valueElement('multiplier', 1, '        '), valueElement('unit_name', unit, '        '), '      </unit>', '    </units>']),
      ]
    }
  }
}

/** A name Moodle accepts when the draft has none: the stem's first words. */
const fallbackName = (draft: QuestionDraft) => draft.stemHtml.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || draft.externalId

/** One `<question>` element. idnumber = externalId; media go with the question text (and any other text citing them). */
export function moodleXmlQuestion(draft: QuestionDraft): string {
  const explanation = draft.explanationHtml ?? ''
  return [
    `  <question type="${MOODLE_TYPES[draft.type]}">`,
    ...textElement('name', draft.name ?? fallbackName(draft)),
    ...textElement('questiontext', draft.stemHtml, { format: 'html', files: fileElements(draft.stemHtml, draft.media, true) }),
    ...textElement('generalfeedback', explanation, { format: 'html', files: fileElements(explanation, draft.media) }),
    valueElement('defaultgrade', '1.0000000'),
    valueElement('penalty', '0.3333333'),
    valueElement('hidden', 0),
    valueElement('idnumber', draft.externalId),
    ...typeElements(draft),
    ...(draft.tags.length === 0 ? [] : ['    <tags>', ...draft.tags.map((t) => `      <tag><text>${textContent(t)}</text></tag>`), '    </tags>']),
    '  </question>',
  ].join('\n')
}
