import type { ImportEvent, QuestionDraft, SourceLocation } from '../questions/types'
import { parseMoodleCategoryPath } from './categoryPath'
import { invalidEvent, optional, questionEvent, skippedEvent } from './draftParts'
import type { createIdRegistry } from './externalId'
import { externalIdFor } from './externalId'
import { giftAnswerPart } from './giftAnswers'
import { commentTokens, giftHtml, protectEscapes, restoreEscapes } from './giftText'

/** One blank-line-separated GIFT block: its lines (trimmed), its `//` comment lines, and the line it starts on. */
export type GiftBlock = { lines: string[]; comments: string[]; line: number }
export type GiftState = { categoryPath: string[]; ids: ReturnType<typeof createIdRegistry> }

/** `::name::` at the start, returning the name (if closed) and the rest. */
function splitName(text: string): { name?: string; rest: string } {
  if (!text.startsWith('::')) return { rest: text }
  const end = text.indexOf('::', 2)
  if (end === -1) return { rest: text.slice(2) }
  return { name: optional(restoreEscapes(text.slice(2, end))), rest: text.slice(end + 2).trim() }
}

/** Turn one block into an event, following Moodle's GIFT reader (qformat_gift::readquestion). */
export function giftBlockEvent(block: GiftBlock, state: GiftState): ImportEvent | undefined {
  const text = protectEscapes(block.lines.join('\n').trim())
  if (text === '') return undefined
  const source: SourceLocation = { line: block.line }
  if (text.startsWith('$CATEGORY:')) {
    state.categoryPath = parseMoodleCategoryPath(restoreEscapes(text.slice('$CATEGORY:'.length)))
    return { kind: 'category', path: state.categoryPath, source }
  }
  const { name, rest } = splitName(text)
  const open = rest.indexOf('{')
  const close = open === -1 ? rest.indexOf('}') : rest.indexOf('}', open)
  if (open === -1 && close === -1) return skippedEvent('description', source, name)
  if (open === -1 || close === -1) return invalidEvent(`Unbalanced braces: the answer block needs both "{" and "}".`, source, name)
  const after = rest.slice(close + 1)
  // Text after the answer block makes it a "missing word" question: the block becomes a blank.
  const questionText = rest.slice(0, open) + (after.trim() === '' ? '' : `_____${after}`)
  let answers = rest.slice(open + 1, close).trim()
  const generalSplit = answers.lastIndexOf('####')
  const general = generalSplit === -1 ? undefined : answers.slice(generalSplit + 4)
  if (generalSplit !== -1) answers = answers.slice(0, generalSplit).trim()
  const stem = giftHtml(questionText, 'moodle')
  const result = giftAnswerPart(answers, stem.format)
  if ('unsupported' in result) return skippedEvent(result.unsupported, source, name)
  if ('error' in result) return invalidEvent(result.error, source, name)
  const tokens = commentTokens(block.comments)
  const explanation = general === undefined ? undefined : optional(giftHtml(general, stem.format).html)
  const draft: QuestionDraft = {
    externalId: state.ids.unique(externalIdFor('gift', tokens.id ?? name, { categoryPath: state.categoryPath, name, stemHtml: stem.html })),
    ...(name !== undefined && { name }),
    stemHtml: stem.html,
    ...(explanation !== undefined && { explanationHtml: explanation }),
    categoryPath: [...state.categoryPath],
    tags: tokens.tags,
    references: [],
    media: [],
    ...result.part,
  }
  return questionEvent(draft, source)
}
