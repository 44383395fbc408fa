import type { DraftNumericalAnswer, DraftOption, QuestionDraft, QuestionType } from '../questions/types'
import { readPath } from './csvCells'
import { defaultFraction, optionKey, optional, trueFalseOptions } from './draftParts'
import { guessMimeType } from './media'
import type { JsonNumeric, JsonOption, JsonQuestion } from './jsonShape'
import { cleanNumber } from './numbers'
import { sanitizeImportedHtml } from './sanitize'

type Keyed = Omit<QuestionDraft, 'externalId'>

function options(type: QuestionType, list: readonly JsonOption[]): DraftOption[] {
  const correctCount = list.filter((o) => o.correct).length
  return list.map((o, i) => {
    const key = o.key ?? (type === 'true-false' ? String(i === 0) : optionKey(i))
    const correct = type === 'emq' ? false : (o.correct ?? false)
    const feedback = optional(o.feedback === undefined ? undefined : sanitizeImportedHtml(o.feedback))
    const fraction = type === 'emq' ? 0 : (o.fraction ?? defaultFraction(type, correct, correctCount))
    return { key, text: sanitizeImportedHtml(o.text), correct, fraction, ...(feedback !== undefined && { feedback }) }
  })
}

/** `{value, tolerance}` or `{min, max}` (stored as midpoint ± half-width). */
function numerical(a: JsonNumeric): { value: number; tolerance: number } | string {
  if (a.min !== undefined || a.max !== undefined) {
    if (a.min === undefined || a.max === undefined || a.min > a.max) return 'A numerical range needs "min" no greater than "max".'
    return { value: cleanNumber((a.min + a.max) / 2), tolerance: cleanNumber((a.max - a.min) / 2) }
  }
  return a.value === undefined ? 'A numerical answer needs "value" (with "tolerance") or "min" and "max".' : { value: a.value, tolerance: a.tolerance ?? 0 }
}

const html = (value: string | undefined) => optional(value === undefined ? undefined : sanitizeImportedHtml(value))
const withFeedback = <T extends object>(item: T, feedback: string | undefined) => (feedback === undefined ? item : { ...item, feedback })
/** An EMQ stem's `answer` names an option key; letters match in either case. */
const keyFor = (answer: string, opts: readonly DraftOption[]) => (opts.find((o) => o.key === answer) ?? opts.find((o) => o.key.toLowerCase() === answer.toLowerCase()))?.key ?? answer
const trimmedList = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '')

/** A validated JSON question → draft fields (all but the external id), or a message. Fields of other types are ignored. */
export function jsonToDraft(q: JsonQuestion, type: QuestionType): Keyed | string {
  const answers: DraftNumericalAnswer[] = []
  for (const a of q.numerical_answers ?? []) {
    const parsed = numerical(a)
    if (typeof parsed === 'string') return parsed
    answers.push(withFeedback({ ...parsed, fraction: a.fraction ?? 1 }, html(a.feedback)))
  }
  let opts = ['sba', 'multiple-response', 'true-false', 'emq'].includes(type) ? options(type, q.options ?? []) : []
  if (type === 'true-false' && q.options === undefined) {
    if (q.answer === undefined) return 'A true/false question needs "answer": true or false (or its two options).'
    opts = trueFalseOptions(q.answer)
  }
  const [name, explanation, theme, unit] = [optional(q.name), html(q.explanation), optional(q.emq?.theme), optional(q.unit)]
  return {
    type,
    ...(name !== undefined && { name }),
    stemHtml: sanitizeImportedHtml(q.stem),
    ...(explanation !== undefined && { explanationHtml: explanation }),
    categoryPath: typeof q.category === 'string' ? readPath(q.category) : trimmedList(q.category ?? []),
    tags: trimmedList(q.tags ?? []),
    ...(q.difficulty !== undefined && { difficulty: q.difficulty }),
    options: opts,
    ...(type === 'emq' && q.emq && { emq: { ...(theme !== undefined && { theme }), stems: q.emq.stems.map((s) => ({ text: sanitizeImportedHtml(s.text), correctKey: keyFor(s.answer, opts) })) } }),
    ...(type === 'short-answer' && q.accepted_answers && {
      shortAnswer: { answers: q.accepted_answers.map((a) => withFeedback({ text: a.text.trim(), fraction: a.fraction ?? 1 }, html(a.feedback))), caseSensitive: q.case_sensitive ?? false },
    }),
    ...(type === 'numerical' && q.numerical_answers && { numerical: { answers, ...(unit !== undefined && { unit }) } }),
    references: (q.references ?? []).map((r) => (typeof r === 'string' ? { citation: r } : withUrl(r.citation, optional(r.url)))),
    media: (q.media ?? []).map((m) => ({ filename: m.filename, mimeType: m.mime_type ?? guessMimeType(m.filename), base64: m.base64.replace(/\s+/g, '') })),
  }
}

const withUrl = (citation: string, url: string | undefined) => (url === undefined ? { citation } : { citation, url })
