/**
 * The format-neutral shape of a question, shared by importers (file → drafts), exporters
 * (drafts → file) and the questions collection (drafts ↔ documents). Pure data, no Payload.
 */
export const QUESTION_TYPES = ['sba', 'multiple-response', 'true-false', 'emq', 'short-answer', 'numerical'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  sba: 'Single best answer',
  'multiple-response': 'Multiple response',
  'true-false': 'True / false',
  emq: 'Extended matching',
  'short-answer': 'Short answer',
  numerical: 'Numerical',
}

/** One choice of an SBA / multiple-response / true-false question, or one entry of an EMQ option list. */
export type DraftOption = {
  /** Stable within the question: 'a', 'b', … or the source's own identifier. */
  key: string
  /** Sanitised HTML (may be plain text). */
  text: string
  correct: boolean
  /** Credit for choosing it, -1..1 (Moodle's fraction); 1 for a correct SBA option, 0 for a distractor. */
  fraction: number
  feedback?: string
}

export type DraftEmqStem = { text: string; correctKey: string }
export type DraftShortAnswer = { text: string; fraction: number; feedback?: string }
/** Either value ± tolerance, or a [min, max] range (then value is the midpoint, tolerance half the width). */
export type DraftNumericalAnswer = { value: number; tolerance: number; fraction: number; feedback?: string }
export type DraftReference = { citation: string; url?: string }
export type DraftMedia = { filename: string; mimeType: string; base64: string }

export type QuestionDraft = {
  /** Stable across re-imports: the source's id (GIFT ::name::, Moodle idnumber, CSV/JSON external_id) or a hash of category path + name + stem. */
  externalId: string
  type: QuestionType
  name?: string
  /** Sanitised HTML. */
  stemHtml: string
  /** General feedback / explanation, sanitised HTML. */
  explanationHtml?: string
  /** Category path below the top, e.g. ['Anatomy & Embryology', 'Upper limb']; '$course$/top' prefixes stripped. */
  categoryPath: string[]
  tags: string[]
  /** 1–5 when the source says. */
  difficulty?: number
  /** SBA, multiple response, true/false (keys 'true' and 'false'), and the EMQ option list. */
  options: DraftOption[]
  emq?: { theme?: string; stems: DraftEmqStem[] }
  shortAnswer?: { answers: DraftShortAnswer[]; caseSensitive: boolean }
  numerical?: { answers: DraftNumericalAnswer[]; unit?: string }
  references: DraftReference[]
  /** Files embedded in the source (Moodle @@PLUGINFILE@@ base64). */
  media: DraftMedia[]
}

/** Where in the source file a question came from, for the import report. */
export type SourceLocation = { line?: number; element?: string }

export type ImportEvent =
  | { kind: 'question'; draft: QuestionDraft; source: SourceLocation }
  | { kind: 'skipped'; reason: string; source: SourceLocation; name?: string; sourceType?: string }
  | { kind: 'invalid'; reason: string; source: SourceLocation; name?: string }
  /** A category declared by the source, even one holding no question. */
  | { kind: 'category'; path: string[]; description?: string; source: SourceLocation }

export const IMPORT_FORMATS = ['gift', 'aiken', 'moodle-xml', 'csv', 'json'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]
export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
