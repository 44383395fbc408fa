import type { QuestionDraft } from '../questions/types'
import type { JsonQuestion } from '../importers/jsonShape'
import type { DraftSource } from './draftStream'
import { eachDraft } from './draftStream'

/** A draft in the JSON format's friendly names (src/importers/FORMATS.md); everything explicit, so it re-imports exactly. */
export function jsonQuestion(draft: QuestionDraft): JsonQuestion {
  const choice = draft.type === 'sba' || draft.type === 'multiple-response' || draft.type === 'true-false'
  return {
    external_id: draft.externalId,
    type: draft.type,
    ...(draft.name !== undefined && { name: draft.name }),
    category: draft.categoryPath,
    stem: draft.stemHtml,
    ...(draft.explanationHtml !== undefined && { explanation: draft.explanationHtml }),
    tags: draft.tags,
    ...(draft.difficulty !== undefined && { difficulty: draft.difficulty }),
    ...(draft.options.length > 0 && {
      options: draft.options.map((o) => (choice ? { key: o.key, text: o.text, correct: o.correct, fraction: o.fraction, ...(o.feedback !== undefined && { feedback: o.feedback }) } : { key: o.key, text: o.text })),
    }),
    ...(draft.emq && { emq: { ...(draft.emq.theme !== undefined && { theme: draft.emq.theme }), stems: draft.emq.stems.map((s) => ({ text: s.text, answer: s.correctKey })) } }),
    ...(draft.shortAnswer && { accepted_answers: draft.shortAnswer.answers.map((a) => ({ ...a })), case_sensitive: draft.shortAnswer.caseSensitive }),
    ...(draft.numerical && { numerical_answers: draft.numerical.answers.map((a) => ({ ...a })), ...(draft.numerical.unit !== undefined && { unit: draft.numerical.unit }) }),
    references: draft.references.map((r) => ({ ...r })),
    media: draft.media.map((m) => ({ filename: m.filename, mime_type: m.mimeType, base64: m.base64 })),
  }
}

/** JSON, streamed: "[", one indented object per question separated by ",", "]". */
export async function* exportJson(drafts: DraftSource): AsyncGenerator<string> {
  let first = true
  yield '['
  for await (const draft of eachDraft(drafts)) {
    const body = JSON.stringify(jsonQuestion(draft), null, 2).replace(/\n/g, '\n  ')
    yield `${first ? '\n' : ',\n'}  ${body}`
    first = false
  }
  yield first ? ']\n' : '\n]\n'
}
