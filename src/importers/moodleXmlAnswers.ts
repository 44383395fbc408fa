import type { DraftNumericalAnswer, DraftShortAnswer, QuestionDraft } from '../questions/types'
import { choiceOptions, emqFromPairs, optional, trueFalseOptions } from './draftParts'
import { cleanNumber, parseNumber, percentToFraction } from './numbers'
import type { TextFormat } from './sanitize'
import { toSafeHtml } from './sanitize'
import type { XmlNode } from './xmlElements'
import { child, childrenOf, textOf, valueOf } from './xmlElements'

export type XmlAnswerPart = Pick<QuestionDraft, 'type' | 'options' | 'emq' | 'shortAnswer' | 'numerical'>
export type XmlAnswerResult = { part: XmlAnswerPart } | { error: string } | { unsupported: string }

const FORMATS: Record<string, TextFormat> = { html: 'html', moodle_auto_format: 'moodle', plain_text: 'plain', markdown: 'markdown' }

/** A Moodle text element (`<questiontext format="…"><text>…</text>`) as sanitised HTML. */
export const htmlOf = (node: XmlNode | undefined) => toSafeHtml(textOf(node), FORMATS[node?.attributes.format ?? 'html'] ?? 'html')
const feedbackOf = (answer: XmlNode) => optional(htmlOf(child(answer, 'feedback')))
/** `fraction="-33.33333"` (a percentage) → -0.3333333. */
const fractionOf = (answer: XmlNode) => percentToFraction(answer.attributes.fraction ?? '0') ?? 0
const isTrue = (node: XmlNode | undefined, fallback: boolean) => (node ? ['true', '1'].includes(valueOf(node).toLowerCase()) : fallback)

export function xmlAnswerPart(question: XmlNode, type: string): XmlAnswerResult {
  const answers = childrenOf(question, 'answer')
  switch (type) {
    case 'multichoice': {
      const multiple = !isTrue(child(question, 'single'), true)
      const choices = answers.map((a) => ({ text: htmlOf(a), fraction: fractionOf(a), feedback: feedbackOf(a) }))
      return { part: { type: multiple ? 'multiple-response' : 'sba', options: choiceOptions(choices, multiple) } }
    }
    case 'truefalse': {
      // Old files may not say which answer is "true": Moodle then takes the first as true, the second as false.
      const find = (word: string, position: number) => answers.find((a) => textOf(a).toLowerCase() === word) ?? answers[position]
      const [yes, no] = [find('true', 0), find('false', 1)]
      if (!yes && !no) return { error: 'A true/false question needs its "true" and "false" answers.' }
      const answer = yes ? fractionOf(yes) === 1 : fractionOf(no) !== 1
      return { part: { type: 'true-false', options: trueFalseOptions(answer, { true: yes && feedbackOf(yes), false: no && feedbackOf(no) }) } }
    }
    case 'matching': {
      const pairs = childrenOf(question, 'subquestion').map((s) => ({ stem: htmlOf(s), answer: toSafeHtml(textOf(child(s, 'answer'))) }))
      const { options, stems } = emqFromPairs(pairs)
      return { part: { type: 'emq', options, emq: { stems } } }
    }
    case 'shortanswer': {
      const accepted: DraftShortAnswer[] = answers.map((a) => {
        const feedback = feedbackOf(a)
        return { text: textOf(a), fraction: fractionOf(a), ...(feedback !== undefined && { feedback }) }
      })
      return { part: { type: 'short-answer', options: [], shortAnswer: { answers: accepted, caseSensitive: isTrue(child(question, 'usecase'), false) } } }
    }
    case 'numerical':
      return numerical(question, answers)
    default:
      return { unsupported: type }
  }
}

/** Answers "value" ± `<tolerance>`; Moodle's "*" (any other answer) is dropped. The unit is the one with multiplier 1. */
function numerical(question: XmlNode, answers: XmlNode[]): XmlAnswerResult {
  const parsed: DraftNumericalAnswer[] = []
  for (const a of answers) {
    const text = textOf(a)
    if (text === '*') continue
    const value = parseNumber(text)
    const tolerance = parseNumber(valueOf(child(a, 'tolerance')) || '0')
    if (value === undefined) return { error: `Numerical answer "${text}" is not a number.` }
    if (tolerance === undefined) return { error: `The tolerance of answer "${text}" is not a number.` }
    const feedback = feedbackOf(a)
    parsed.push({ value, tolerance: cleanNumber(tolerance), fraction: fractionOf(a), ...(feedback !== undefined && { feedback }) })
  }
  const units = childrenOf(child(question, 'units'), 'unit')
  const base = units.find((u) => parseNumber(valueOf(child(u, 'multiplier'))) === 1) ?? units[0]
  const unit = optional(valueOf(child(base, 'unit_name')))
  if (parsed.length === 0) return { error: 'A numerical question needs at least one numeric answer.' }
  return { part: { type: 'numerical', options: [], numerical: { answers: parsed, ...(unit !== undefined && { unit }) } } }
}
