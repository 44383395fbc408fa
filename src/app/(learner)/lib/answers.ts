import type { AnswerFields, LearnerQuestion } from './types'

/** What a learner has entered for one question, whatever its type. */
export type Draft = { selected: string[]; matches: Record<string, string>; text: string }

export const emptyDraft: Draft = { selected: [], matches: {}, text: '' }

export const draftFrom = (stored: AnswerFields | undefined): Draft => ({
  selected: stored?.selected_option_ids ?? [],
  matches: stored?.matches ?? {},
  text: stored?.answer ?? '',
})

const isChoice = (q: LearnerQuestion) => q.type === 'sba' || q.type === 'multiple-response' || q.type === 'true-false'

/** Whether the draft holds an answer worth sending. */
export function hasAnswer(q: LearnerQuestion, d: Draft | undefined): boolean {
  if (!d) return false
  if (isChoice(q)) return d.selected.length > 0
  if (q.type === 'emq') return Object.values(d.matches).some(Boolean)
  return d.text.trim() !== ''
}

/** The draft in the field its question type takes (an empty value clears an earlier answer). */
export function answerFields(q: LearnerQuestion, d: Draft): AnswerFields {
  if (isChoice(q)) return { selected_option_ids: d.selected }
  if (q.type === 'emq') return { matches: Object.fromEntries(Object.entries(d.matches).filter(([, v]) => v)) }
  return { answer: d.text.trim() }
}
