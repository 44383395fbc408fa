import type { DraftNumericalAnswer, DraftShortAnswer, QuestionDraft } from '../questions/types'
import { choiceOptions, emqFromPairs, optional, trueFalseOptions } from './draftParts'
import { giftHtml, giftPlain, restoreEscapes } from './giftText'
import { parseNumericSpec, percentToFraction } from './numbers'
import type { TextFormat } from './sanitize'

/** The type-specific part of a draft parsed from a GIFT answer block. */
export type GiftAnswerPart = Pick<QuestionDraft, 'type' | 'options' | 'emq' | 'shortAnswer' | 'numerical'>
export type GiftAnswerResult = { part: GiftAnswerPart } | { error: string } | { unsupported: string }

const WEIGHT = /^%\s*(-?\d*\.?\d+)\s*%/

/** Split "text#feedback" at the first unescaped "#". */
function splitFeedback(answer: string): [string, string | undefined] {
  const hash = answer.indexOf('#')
  return hash === -1 ? [answer, undefined] : [answer.slice(0, hash), answer.slice(hash + 1)]
}

/** Leading "%50%" weight, else the default; returns the rest of the answer. */
function weighed(answer: string, fallback: number): [number, string] {
  const match = WEIGHT.exec(answer)
  return match ? [percentToFraction(match[1]) ?? fallback, answer.slice(match[0].length)] : [fallback, answer]
}

/** Items of "=a =b" or "~a =b" lists; a leading empty item (text before the first marker) is dropped as Moodle does. */
function items(answers: string, marker: string): string[] {
  const parts = answers.split(marker).map((p) => p.trim())
  if (parts[0] === '') parts.shift()
  return parts
}

/** Moodle's rules, in its order: {} essay, {#…} numerical, any ~ multichoice, = with -> matching, T/F, else short answer. */
export function giftAnswerPart(answers: string, format: TextFormat): GiftAnswerResult {
  if (answers === '') return { unsupported: 'essay' }
  if (answers.startsWith('#')) return numerical(answers.slice(1), format)
  if (answers.includes('~')) return multichoice(answers, format)
  if (answers.includes('=') && answers.includes('->')) return matching(answers, format)
  const [verdict, wrong, right] = answers.split('#')
  const value = verdict.trim()
  if (['T', 'TRUE', 'F', 'FALSE'].includes(value)) {
    const answer = value.startsWith('T')
    const feedback = (text: string | undefined) => (text === undefined ? undefined : giftHtml(text, format).html)
    return { part: { type: 'true-false', options: trueFalseOptions(answer, answer ? { true: feedback(right), false: feedback(wrong) } : { true: feedback(wrong), false: feedback(right) }) } }
  }
  return shortAnswer(answers, format)
}

function multichoice(answers: string, format: TextFormat): GiftAnswerResult {
  const list = items(answers.replace(/=/g, '~='), '~')
  if (list.length < 2) return { error: `A multiple choice question needs at least 2 answers (found ${list.length}).` }
  const choices = list.map((item) => {
    const [fraction, rest] = item.startsWith('=') ? [1, item.slice(1)] : weighed(item, 0)
    const [text, feedback] = splitFeedback(rest)
    return { text: giftHtml(text, format).html, fraction, feedback: feedback === undefined ? undefined : giftHtml(feedback, format).html }
  })
  // Moodle: an "=" anywhere makes it single-answer; without one, several answers may be chosen.
  const multiple = !answers.includes('=')
  return { part: { type: multiple ? 'multiple-response' : 'sba', options: choiceOptions(choices, multiple) } }
}

function matching(answers: string, format: TextFormat): GiftAnswerResult {
  const list = items(answers, '=')
  if (list.length < 2) return { error: `A matching question needs at least 2 pairs (found ${list.length}).` }
  const broken = list.find((item) => !item.includes('->'))
  if (broken !== undefined) return { error: `Matching pair "${restoreEscapes(broken)}" has no "->".` }
  const pairs = list.map((item) => {
    const arrow = item.indexOf('->')
    return { stem: giftHtml(item.slice(0, arrow), format).html, answer: giftHtml(item.slice(arrow + 2), 'html').html }
  })
  const { options, stems } = emqFromPairs(pairs)
  return { part: { type: 'emq', options, emq: { stems } } }
}

function shortAnswer(answers: string, format: TextFormat): GiftAnswerResult {
  const list = items(answers, '=')
  if (list.length < 1) return { error: 'A short answer question needs at least one answer.' }
  const accepted: DraftShortAnswer[] = list.map((item) => {
    const [fraction, rest] = weighed(item, 1)
    const [text, feedback] = splitFeedback(rest)
    const html = feedback === undefined ? undefined : optional(giftHtml(feedback, format).html)
    return { text: giftPlain(text), fraction, ...(html !== undefined && { feedback: html }) }
  })
  return { part: { type: 'short-answer', options: [], shortAnswer: { answers: accepted, caseSensitive: false } } }
}

/** `{#3:2}`, `{#3.141..3.142}`, `{#=1822:0 =%50%1822:2}`; a trailing `~#feedback` (Moodle's "*" catch-all) is dropped. */
function numerical(answers: string, format: TextFormat): GiftAnswerResult {
  const tilde = answers.indexOf('~')
  const list = items(tilde === -1 ? answers : answers.slice(0, tilde), '=')
  const parsed: DraftNumericalAnswer[] = []
  for (const item of list) {
    const [fraction, rest] = weighed(item, 1)
    const [text, feedbackText] = splitFeedback(rest)
    const spec = restoreEscapes(text).trim()
    if (spec === '*') continue
    const numeric = parseNumericSpec(spec)
    if (typeof numeric === 'string') return { error: numeric }
    const feedback = feedbackText === undefined ? undefined : optional(giftHtml(feedbackText, format).html)
    parsed.push({ ...numeric, fraction, ...(feedback !== undefined && { feedback }) })
  }
  if (parsed.length === 0) return { error: 'A numerical question needs at least one numeric answer.' }
  return { part: { type: 'numerical', options: [], numerical: { answers: parsed } } }
}
