import type { QuestionDraft } from '../questions/types'
import { writeKeyed, writeMedia, writePath, writeReferences, writeScores, writeStems, writeTags, writeWeighted } from '../importers/csvCells'
import { CSV_COLUMNS, OPTION_COLUMN_COUNT, optionColumn } from '../importers/csvColumns'
import { defaultFraction, optionKey } from '../importers/draftParts'

/** Cells by column name; columns left out are written empty. */
type Row = Record<string, string>

/** The answer-key cells of one draft; options are re-lettered by position (A, B, …) as the CSV columns are. */
function keyCells(draft: QuestionDraft): Row {
  const letterOf = new Map(draft.options.map((o, i) => [o.key, draft.type === 'true-false' ? o.key : optionKey(i).toUpperCase()]))
  const letter = (key: string) => letterOf.get(key) ?? key
  const feedback = writeKeyed(draft.options.filter((o) => o.feedback !== undefined).map((o) => [letter(o.key), o.feedback ?? '']))
  switch (draft.type) {
    case 'true-false':
      return { correct: draft.options.find((o) => o.correct)?.key ?? '', option_feedback: feedback }
    case 'sba':
    case 'multiple-response': {
      const correct = draft.options.filter((o) => o.correct)
      const scores = draft.options.filter((o) => o.fraction !== defaultFraction(draft.type, o.correct, correct.length)).map((o): [string, number] => [letter(o.key), o.fraction])
      return { correct: correct.map((o) => letter(o.key)).join(';'), scores: writeScores(scores), option_feedback: feedback }
    }
    case 'emq':
      return { emq_theme: draft.emq?.theme ?? '', emq_stems: writeStems((draft.emq?.stems ?? []).map((s) => ({ text: s.text, key: letter(s.correctKey) }))) }
    case 'short-answer':
      return { accepted_answers: writeWeighted(draft.shortAnswer?.answers ?? []), case_sensitive: draft.shortAnswer?.caseSensitive ? 'yes' : '' }
    case 'numerical': {
      const [main, ...rest] = draft.numerical?.answers ?? []
      // A plain 100 % first answer goes in numerical_value/numerical_tolerance; the rest (or all) in accepted_answers.
      const simple = main !== undefined && main.fraction === 1 && main.feedback === undefined
      const others = (simple ? rest : [main, ...rest]).filter((a) => a !== undefined)
      return {
        numerical_value: simple ? String(main.value) : '',
        numerical_tolerance: simple ? String(main.tolerance) : '',
        numerical_unit: draft.numerical?.unit ?? '',
        accepted_answers: writeWeighted(others.map((a) => ({ text: `${a.value}:${a.tolerance}`, fraction: a.fraction, ...(a.feedback !== undefined && { feedback: a.feedback }) })), false),
      }
    }
  }
}

/** One draft as CSV cells, in CSV_COLUMNS order. */
export function csvRecord(draft: QuestionDraft): string[] {
  const texts = draft.type === 'true-false' || draft.type === 'short-answer' || draft.type === 'numerical' ? [] : draft.options.map((o) => o.text)
  const row: Row = {
    external_id: draft.externalId,
    type: draft.type,
    name: draft.name ?? '',
    category: writePath(draft.categoryPath),
    stem: draft.stemHtml,
    more_options: writeKeyed(texts.slice(OPTION_COLUMN_COUNT).map((text, i) => [optionKey(OPTION_COLUMN_COUNT + i).toUpperCase(), text])),
    explanation: draft.explanationHtml ?? '',
    difficulty: draft.difficulty === undefined ? '' : String(draft.difficulty),
    tags: writeTags(draft.tags),
    references: writeReferences(draft.references),
    media: writeMedia(draft.media),
    ...keyCells(draft),
  }
  texts.slice(0, OPTION_COLUMN_COUNT).forEach((text, i) => (row[optionColumn(optionKey(i))] = text))
  return CSV_COLUMNS.map((column) => row[column] ?? '')
}
