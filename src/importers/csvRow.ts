import type { ImportEvent, QuestionDraft } from '../questions/types'
import { readKeyed, readMedia, readPath, readReferences, readTags } from './csvCells'
import { invalidEvent, optional, questionEvent, skippedEvent } from './draftParts'
import { csvKeyPart } from './csvKeys'
import { questionTypeOf } from './csvColumns'
import { externalIdFor } from './externalId'
import { sanitizeImportedHtml } from './sanitize'

/** Reads a cell of the current row by (normalised) column name; '' when the column is absent. */
export type CellReader = (column: string) => string
/** external_id → line of its first row, to report repeats. */
export type SeenIds = Map<string, number>

/** Option texts from `option_a` … columns (key = the column's letter) and `more_options` ("I: text || J: text"). */
function optionTexts(cell: CellReader, optionLetters: readonly string[]): { key: string; text: string }[] | string {
  const texts = optionLetters.map((key) => ({ key, text: sanitizeImportedHtml(cell(`option_${key}`)) })).filter((o) => o.text !== '')
  const more = readKeyed(cell('more_options'))
  if (typeof more === 'string') return `more_options: ${more}`
  return [...texts, ...more.map(([key, text]) => ({ key, text: sanitizeImportedHtml(text) }))]
}

/** One CSV row (one question) → event. Its id is claimed first, so a repeated external_id is reported even after a bad row. */
export function csvRowEvent(cell: CellReader, optionLetters: readonly string[], line: number, seen: SeenIds): ImportEvent {
  const source = { line }
  const name = optional(cell('name'))
  const categoryPath = [...readPath(cell('category')), ...readPath(cell('subcategory'))]
  const stemHtml = sanitizeImportedHtml(cell('stem'))
  const externalId = externalIdFor('csv', cell('external_id'), { categoryPath, name, stemHtml })
  const firstLine = seen.get(externalId)
  if (firstLine !== undefined) return invalidEvent(`external_id "${externalId}" is already used by the row at line ${firstLine}.`, source, name)
  seen.set(externalId, line)
  const typeCell = cell('type').trim()
  if (typeCell === '') return invalidEvent('The "type" cell is empty.', source, name)
  const type = questionTypeOf(typeCell)
  if (type === undefined) return skippedEvent(typeCell, source, name)
  const texts = optionTexts(cell, optionLetters)
  if (typeof texts === 'string') return invalidEvent(texts, source, name)
  const key = csvKeyPart(type, cell, texts)
  if (typeof key === 'string') return invalidEvent(key, source, name)
  const media = readMedia(cell('media'))
  if (typeof media === 'string') return invalidEvent(media, source, name)
  const difficultyCell = cell('difficulty').trim()
  const difficulty = difficultyCell === '' ? undefined : Number(difficultyCell)
  if (difficulty !== undefined && Number.isNaN(difficulty)) return invalidEvent(`Difficulty "${difficultyCell}" is not a number from 1 to 5.`, source, name)
  const explanation = optional(sanitizeImportedHtml(cell('explanation')))
  const draft: QuestionDraft = {
    externalId,
    ...(name !== undefined && { name }),
    stemHtml,
    ...(explanation !== undefined && { explanationHtml: explanation }),
    categoryPath,
    tags: readTags(cell('tags')),
    ...(difficulty !== undefined && { difficulty }),
    references: readReferences(cell('references')),
    media,
    ...key,
  }
  return questionEvent(draft, source)
}

/** Option letters present in a header ("option_a" … "option_z", "option_aa" …), in column order. */
export function optionLettersOf(headers: readonly string[]): string[] {
  return headers.map((h) => /^option_([a-z]{1,2})$/.exec(h)?.[1]).filter((k): k is string => k !== undefined)
}
