import type { QuestionDraft } from '../types'
import { optionLabel } from '../validate'

/** The key and structure fields of a question document built from a draft (rich text converted by the caller). Pure. */
export function draftToQuestionFields(draft: QuestionDraft) {
  const isChoice = draft.type !== 'short-answer' && draft.type !== 'numerical'
  const keyToLabel = new Map(draft.options.map((o, i) => [o.key, optionLabel(i)]))
  return {
    type: draft.type,
    difficulty: draft.difficulty ?? 3,
    options: isChoice
      ? draft.options.map((o, i) => ({
          label: optionLabel(i),
          text: o.text,
          isCorrect: draft.type === 'emq' ? false : o.correct,
          // Only store a fraction when it differs from the default implied by correctness.
          fraction: o.fraction === (o.correct ? 1 : 0) ? null : o.fraction,
          feedback: o.feedback ?? null,
        }))
      : [],
    emqTheme: draft.emq?.theme ?? null,
    emqStems: draft.emq?.stems.map((s) => ({ prompt: s.text, answer: keyToLabel.get(s.correctKey) ?? s.correctKey })) ?? [],
    acceptedAnswers: draft.shortAnswer?.answers.map((a) => ({ text: a.text, fraction: a.fraction, feedback: a.feedback ?? null })) ?? [],
    caseSensitive: draft.shortAnswer?.caseSensitive ?? false,
    numericalAnswers: draft.numerical?.answers.map((a) => ({ value: a.value, tolerance: a.tolerance, fraction: a.fraction, feedback: a.feedback ?? null })) ?? [],
    unit: draft.numerical?.unit ?? null,
    references: draft.references.map((r) => ({ citation: r.citation, url: r.url ?? null })),
    externalId: draft.externalId,
  }
}

type StoredQuestion = {
  type: QuestionDraft['type']
  title?: string | null
  difficulty?: number | null
  externalId?: string | null
  options?: { label?: string | null; text?: string | null; isCorrect?: boolean | null; fraction?: number | null; feedback?: string | null }[] | null
  emqTheme?: string | null
  emqStems?: { prompt?: string | null; answer?: string | null }[] | null
  acceptedAnswers?: { text?: string | null; fraction?: number | null; feedback?: string | null }[] | null
  caseSensitive?: boolean | null
  numericalAnswers?: { value?: number | null; tolerance?: number | null; min?: number | null; max?: number | null; fraction?: number | null; feedback?: string | null }[] | null
  unit?: string | null
  references?: { citation?: string | null; url?: string | null }[] | null
}

/** A stored question (with staff-level reads) → a format-neutral draft for exporters. Pure. */
export function questionToDraft(q: StoredQuestion & { id: number | string }, parts: { stemHtml: string; explanationHtml: string; categoryPath: string[]; tags: string[] }): QuestionDraft {
  const options = (q.options ?? []).map((o, i) => {
    const key = (o.label ?? optionLabel(i)).toLowerCase()
    const correct = Boolean(o.isCorrect)
    return { key, text: o.text ?? '', correct, fraction: o.fraction ?? (correct ? 1 : 0), ...(o.feedback ? { feedback: o.feedback } : {}) }
  })
  return {
    externalId: q.externalId || `practica:${q.id}`,
    type: q.type,
    name: q.title ?? undefined,
    stemHtml: parts.stemHtml,
    ...(parts.explanationHtml ? { explanationHtml: parts.explanationHtml } : {}),
    categoryPath: parts.categoryPath,
    tags: parts.tags,
    ...(q.difficulty != null ? { difficulty: q.difficulty } : {}),
    options,
    ...(q.type === 'emq' ? { emq: { ...(q.emqTheme ? { theme: q.emqTheme } : {}), stems: (q.emqStems ?? []).map((s) => ({ text: s.prompt ?? '', correctKey: (s.answer ?? '').toLowerCase() })) } } : {}),
    ...(q.type === 'short-answer'
      ? { shortAnswer: { caseSensitive: Boolean(q.caseSensitive), answers: (q.acceptedAnswers ?? []).map((a) => ({ text: a.text ?? '', fraction: a.fraction ?? 1, ...(a.feedback ? { feedback: a.feedback } : {}) })) } }
      : {}),
    ...(q.type === 'numerical'
      ? {
          numerical: {
            ...(q.unit ? { unit: q.unit } : {}),
            answers: (q.numericalAnswers ?? []).map((a) => {
              const range = a.min != null && a.max != null
              return { value: range ? (a.min! + a.max!) / 2 : (a.value ?? 0), tolerance: range ? (a.max! - a.min!) / 2 : (a.tolerance ?? 0), fraction: a.fraction ?? 1, ...(a.feedback ? { feedback: a.feedback } : {}) }
            }),
          },
        }
      : {}),
    references: (q.references ?? []).map((r) => ({ citation: r.citation ?? '', ...(r.url ? { url: r.url } : {}) })),
    media: [],
  }
}
