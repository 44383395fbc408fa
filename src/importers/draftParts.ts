import type { DraftEmqStem, DraftOption, ImportEvent, QuestionDraft, QuestionType, SourceLocation } from '../questions/types'
import { optionLabel } from '../questions/validate'
import { draftProblems } from './draftRules'
import { roundFraction } from './numbers'

/** Option keys are 'a', 'b', … 'z', 'aa' … in every importer, so EMQ keys and CSV letters line up. */
export const optionKey = (index: number) => optionLabel(index).toLowerCase()

/** '' and whitespace mean "absent" for optional texts, so every format round-trips the same draft. */
export const optional = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : text.trim())

/** Default weight when a CSV/JSON source gives none: a correct SBA or true/false option 100 %, a correct multiple-response option an equal share of 100 %, others 0. */
export const defaultFraction = (type: QuestionType, correct: boolean, correctCount: number) =>
  !correct ? 0 : type === 'multiple-response' ? roundFraction(1 / correctCount) : 1

type Choice = { text: string; fraction: number; feedback?: string }

/** SBA options are correct when worth 100 %; multiple-response options when worth anything. */
export function choiceOptions(choices: readonly Choice[], multiple: boolean): DraftOption[] {
  return choices.map((c, i) => ({
    key: optionKey(i),
    text: c.text,
    correct: multiple ? c.fraction > 0 : c.fraction === 1,
    fraction: c.fraction,
    ...(optional(c.feedback) !== undefined && { feedback: optional(c.feedback) }),
  }))
}

export function trueFalseOptions(answer: boolean, feedback: { true?: string; false?: string } = {}): DraftOption[] {
  return ([true, false] as const).map((value) => {
    const text = optional(value ? feedback.true : feedback.false)
    return { key: String(value), text: value ? 'True' : 'False', correct: value === answer, fraction: value === answer ? 1 : 0, ...(text !== undefined && { feedback: text }) }
  })
}

/**
 * Moodle matching → EMQ: each sub-question with text is a stem; the distinct answers, in order of first appearance,
 * form the option list (an answer with an empty sub-question is a distractor).
 */
export function emqFromPairs(pairs: readonly { stem: string; answer: string }[]): { options: DraftOption[]; stems: DraftEmqStem[] } {
  const texts: string[] = []
  const stems: DraftEmqStem[] = []
  for (const pair of pairs) {
    let index = texts.indexOf(pair.answer)
    if (index === -1 && pair.answer !== '') index = texts.push(pair.answer) - 1
    if (pair.stem !== '') stems.push({ text: pair.stem, correctKey: index === -1 ? '' : optionKey(index) })
  }
  return { options: texts.map((text, i) => ({ key: optionKey(i), text, correct: false, fraction: 0 })), stems }
}

/** The question, or an `invalid` event naming every problem. */
export function questionEvent(draft: QuestionDraft, source: SourceLocation): ImportEvent {
  const problems = draftProblems(draft)
  if (problems.length === 0) return { kind: 'question', draft, source }
  return { kind: 'invalid', reason: problems.join(' '), source, ...(draft.name !== undefined && { name: draft.name }) }
}

export function skippedEvent(sourceType: string, source: SourceLocation, name?: string): ImportEvent {
  return { kind: 'skipped', reason: `Unsupported question type "${sourceType}"`, source, sourceType, ...(name !== undefined && { name }) }
}

export function invalidEvent(reason: string, source: SourceLocation, name?: string): ImportEvent {
  return { kind: 'invalid', reason, source, ...(name !== undefined && { name }) }
}
