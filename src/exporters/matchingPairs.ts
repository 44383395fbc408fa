import type { QuestionDraft } from '../questions/types'

export type MatchingPair = { stem: string; answer: string }

/**
 * EMQ → Moodle/GIFT matching pairs: each stem with its option's text, then unused options as distractors (empty stem).
 * Importers rebuild the option list in order of first appearance; when that would reorder the options, every option
 * is first written as a distractor so the order survives (Moodle merges repeated answers).
 */
export function matchingPairs(draft: QuestionDraft): MatchingPair[] {
  const stems = draft.emq?.stems ?? []
  const textOf = (key: string) => draft.options.find((o) => o.key === key)?.text ?? ''
  const used = [...new Set(stems.map((s) => s.correctKey))].filter((key) => draft.options.some((o) => o.key === key))
  const natural = [...used, ...draft.options.map((o) => o.key).filter((key) => !used.includes(key))]
  const inOrder = natural.every((key, i) => key === draft.options[i]?.key)
  const distractor = (text: string): MatchingPair => ({ stem: '', answer: text })
  const lead = inOrder ? [] : draft.options.map((o) => distractor(o.text))
  const rest = inOrder ? draft.options.filter((o) => !used.includes(o.key)).map((o) => distractor(o.text)) : []
  return [...lead, ...stems.map((s) => ({ stem: s.text, answer: textOf(s.correctKey) })), ...rest]
}
