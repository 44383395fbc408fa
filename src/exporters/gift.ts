import type { QuestionDraft } from '../questions/types'
import { formatMoodleCategoryPath } from '../importers/categoryPath'
import { commentToken, escapeGift } from '../importers/giftText'
import { fractionToPercent } from '../importers/numbers'
import type { DraftSource } from './draftStream'
import { eachDraft, samePath } from './draftStream'
import { matchingPairs } from './matchingPairs'

const weight = (fraction: number) => `%${fractionToPercent(fraction)}%`
const withFeedback = (text: string, feedback: string | undefined) => escapeGift(text) + (feedback === undefined ? '' : `#${escapeGift(feedback)}`)

/** The answer lines of one question, by type (GIFT has no units, case sensitivity, EMQ theme, difficulty or references). */
function answerLines(draft: QuestionDraft): string[] {
  switch (draft.type) {
    case 'sba':
    case 'multiple-response':
      return draft.options.map((o) => {
        const mark = draft.type === 'sba' && o.correct && o.fraction === 1 ? '=' : o.fraction === 0 ? '~' : `~${weight(o.fraction)}`
        return mark + withFeedback(o.text, o.feedback)
      })
    case 'true-false': {
      const right = draft.options.find((o) => o.correct)
      const wrong = draft.options.find((o) => !o.correct)
      const feedback = [wrong?.feedback ?? '', right?.feedback ?? ''].map(escapeGift)
      while (feedback.length > 0 && feedback[feedback.length - 1] === '') feedback.pop()
      return [[right?.key === 'true' ? 'TRUE' : 'FALSE', ...feedback].join('#')]
    }
    case 'emq':
      return matchingPairs(draft).map((p) => `=${escapeGift(p.stem)} -> ${escapeGift(p.answer)}`)
    case 'short-answer':
      return (draft.shortAnswer?.answers ?? []).map((a) => `=${a.fraction === 1 ? '' : weight(a.fraction)}${withFeedback(a.text, a.feedback)}`)
    case 'numerical':
      return ['#', ...(draft.numerical?.answers ?? []).map((a) => `=${a.fraction === 1 ? '' : weight(a.fraction)}${a.value}:${a.tolerance}${a.feedback === undefined ? '' : `#${escapeGift(a.feedback)}`}`)]
  }
}

/** One question as a GIFT block: `// [id:…] [tag:…]`, `::name::[html]stem{ answers ####explanation }`. */
export function giftQuestion(draft: QuestionDraft): string {
  const tokens = [commentToken('id', draft.externalId), ...draft.tags.map((tag) => commentToken('tag', tag))]
  const name = draft.name === undefined ? '' : `::${escapeGift(draft.name)}::`
  const [first, ...rest] = answerLines(draft)
  // Numerical answers follow the "#" directly: "{#" then one "=value:tolerance" per line.
  const open = draft.type === 'numerical' ? `{${first}` : `{\n${first}`
  const explanation = draft.explanationHtml === undefined ? [] : [`####${escapeGift(draft.explanationHtml)}`]
  return [`// ${tokens.join(' ')}`, `${name}[html]${escapeGift(draft.stemHtml)}${open}`, ...rest, ...explanation, '}'].join('\n')
}

/** GIFT, streamed: a `$CATEGORY:` block whenever the category path changes, then one block per question. */
export async function* exportGift(drafts: DraftSource): AsyncGenerator<string> {
  let path: string[] | undefined = []
  for await (const draft of eachDraft(drafts)) {
    if (!samePath(path, draft.categoryPath)) yield `$CATEGORY: ${formatMoodleCategoryPath(draft.categoryPath)}\n\n`
    path = draft.categoryPath
    yield `${giftQuestion(draft)}\n\n`
  }
}
