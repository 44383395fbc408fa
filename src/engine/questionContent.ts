import type { QuestionKey } from '@/grading'
import { lexicalToText } from '@/questions/lexical'
import type { QuestionType } from '@/questions/types'

/** The stored question (a version's `version`, keys included) as the engine reads it. Pure data. */
export type StoredQuestion = {
  type: QuestionType
  title?: string | null
  stem?: unknown
  difficulty?: number | null
  options?: { id?: string | null; label?: string | null; text?: string | null; isCorrect?: boolean | null; fraction?: number | null; feedback?: string | null }[] | null
  emqTheme?: string | null
  emqStems?: { id?: string | null; prompt?: string | null; answer?: string | null }[] | null
  acceptedAnswers?: { text?: string | null; fraction?: number | null }[] | null
  caseSensitive?: boolean | null
  numericalAnswers?: { value?: number | null; tolerance?: number | null; min?: number | null; max?: number | null; fraction?: number | null }[] | null
  unit?: string | null
  explanation?: unknown
  references?: { citation?: string | null; url?: string | null }[] | null
  media?: unknown[] | null
  category?: unknown
  subcategory?: unknown
}

type Ref = { id: number; name: string; slug: string } | null

/** What a learner may see of a question before answering: an allowlist, so no key can slip through. */
export type LearnerQuestion = {
  id: number
  version: number
  type: QuestionType
  title: string
  stem: unknown
  stem_text: string
  difficulty: number | null
  category: Ref
  subcategory: Ref
  options?: { id: string; label: string; text: string }[]
  emq?: { theme: string; stems: { id: string; prompt: string }[] }
  unit?: string | null
  media: { id: number; url: string | null; alt: string | null; mime_type: string | null }[]
}

/** What is revealed once a response is graded (practice) or the review opens (exams). */
export type Reveal = {
  correct_option_ids: string[]
  correct_matches?: Record<string, string>
  accepted_answers?: string[]
  accepted_numbers?: ({ value: number; tolerance: number } | { min: number; max: number })[]
  explanation: string
  explanation_rich: unknown
  references: { citation: string; url: string | null }[]
  option_feedback: Record<string, string>
}

export type QuestionContent = {
  questionId: number
  versionId: number
  categoryId: number | null
  subcategoryId: number | null
  key: QuestionKey
  view: LearnerQuestion
  reveal: Reveal
  optionIds: string[]
  stemIds: string[]
}

const refOf = (value: unknown): Ref => {
  if (!value || typeof value !== 'object') return null
  const v = value as { id: number; name?: string; slug?: string }
  return { id: v.id, name: v.name ?? '', slug: v.slug ?? '' }
}
const idOf = (value: unknown): number | null => (value == null ? null : typeof value === 'object' ? (value as { id: number }).id : Number(value))

const isChoice = (type: QuestionType) => type === 'sba' || type === 'multiple-response' || type === 'true-false'

/** Splits a stored question into its grading key, its learner view and what answering reveals. Pure. */
export function questionContent(questionId: number, versionId: number, q: StoredQuestion): QuestionContent {
  const options = (q.options ?? []).map((o, i) => ({
    id: String(o.id ?? i),
    label: o.label ?? String.fromCharCode(65 + i),
    text: o.text ?? '',
    correct: Boolean(o.isCorrect),
    fraction: o.fraction ?? null,
    feedback: o.feedback ?? '',
  }))
  const byLabel = new Map(options.map((o) => [o.label.toUpperCase(), o.id]))
  const stems = (q.emqStems ?? []).map((s, i) => ({ id: String(s.id ?? i), prompt: s.prompt ?? '', answerOptionId: byLabel.get((s.answer ?? '').trim().toUpperCase()) ?? '' }))

  let key: QuestionKey
  if (isChoice(q.type)) key = { type: q.type as 'sba' | 'multiple-response' | 'true-false', options: options.map(({ id, correct, fraction }) => ({ id, correct, fraction })) }
  else if (q.type === 'emq') key = { type: 'emq', stems: stems.map(({ id, answerOptionId }) => ({ id, answerOptionId })) }
  else if (q.type === 'short-answer') key = { type: 'short-answer', caseSensitive: Boolean(q.caseSensitive), answers: (q.acceptedAnswers ?? []).map((a) => ({ text: a.text ?? '', fraction: a.fraction ?? 1 })) }
  else key = { type: 'numerical', unit: q.unit ?? null, answers: (q.numericalAnswers ?? []).map((a) => ({ ...a, fraction: a.fraction ?? 1 })) }

  const view: LearnerQuestion = {
    id: questionId,
    version: versionId,
    type: q.type,
    title: q.title ?? '',
    stem: q.stem ?? null,
    stem_text: lexicalToText(q.stem),
    difficulty: q.difficulty ?? null,
    category: refOf(q.category),
    subcategory: refOf(q.subcategory),
    media: (q.media ?? []).filter((m): m is Record<string, unknown> => Boolean(m) && typeof m === 'object').map((m) => ({
      id: m.id as number,
      url: (m.url as string) ?? null,
      alt: (m.alt as string) ?? null,
      mime_type: (m.mimeType as string) ?? null,
    })),
  }
  if (isChoice(q.type) || q.type === 'emq') view.options = options.map(({ id, label, text }) => ({ id, label, text }))
  if (q.type === 'emq') view.emq = { theme: q.emqTheme ?? '', stems: stems.map(({ id, prompt }) => ({ id, prompt })) }
  if (q.type === 'numerical') view.unit = q.unit ?? null

  const reveal: Reveal = {
    correct_option_ids: isChoice(q.type) ? options.filter((o) => o.correct).map((o) => o.id) : [],
    explanation: lexicalToText(q.explanation),
    explanation_rich: q.explanation ?? null,
    references: (q.references ?? []).map((r) => ({ citation: r.citation ?? '', url: r.url ?? null })),
    option_feedback: Object.fromEntries(options.filter((o) => o.feedback).map((o) => [o.id, o.feedback])),
  }
  if (q.type === 'emq') reveal.correct_matches = Object.fromEntries(stems.map((s) => [s.id, s.answerOptionId]))
  if (q.type === 'short-answer') reveal.accepted_answers = (q.acceptedAnswers ?? []).filter((a) => (a.fraction ?? 1) >= 1).map((a) => a.text ?? '')
  if (q.type === 'numerical') {
    reveal.accepted_numbers = (q.numericalAnswers ?? [])
      .filter((a) => (a.fraction ?? 1) >= 1)
      .map((a) => (a.min != null && a.max != null ? { min: a.min, max: a.max } : { value: a.value ?? 0, tolerance: a.tolerance ?? 0 }))
  }
  return {
    questionId,
    versionId,
    categoryId: idOf(q.category),
    subcategoryId: idOf(q.subcategory),
    key,
    view,
    reveal,
    optionIds: options.map((o) => o.id),
    stemIds: stems.map((s) => s.id),
  }
}

/** The learner view with its options in a session's shuffled order, relabelled A, B, C… in that order. */
export function orderOptions(view: LearnerQuestion, order: string[] | undefined): LearnerQuestion {
  if (!order || !view.options) return view
  const byId = new Map(view.options.map((o) => [o.id, o]))
  const options = order.filter((id) => byId.has(id)).map((id, i) => ({ ...byId.get(id)!, label: String.fromCharCode(65 + i) }))
  return { ...view, options }
}
