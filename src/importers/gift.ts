import type { ImportEvent } from '../questions/types'
import { createIdRegistry } from './externalId'
import type { GiftBlock, GiftState } from './giftQuestion'
import { giftBlockEvent } from './giftQuestion'
import type { TextSource } from './textSource'
import { numberedLines } from './textSource'

/**
 * GIFT (Moodle's text format), streamed: questions are blocks separated by blank lines, so only the current block is
 * held in memory. `$CATEGORY:` blocks switch the category of the questions that follow.
 */
export async function* parseGift(source: TextSource): AsyncGenerator<ImportEvent> {
  const state: GiftState = { categoryPath: [], ids: createIdRegistry() }
  let block: GiftBlock | undefined
  for await (const { text, line } of numberedLines(source)) {
    const trimmed = text.trim()
    if (trimmed === '') {
      const event = block && giftBlockEvent(block, state)
      if (event) yield event
      block = undefined
      continue
    }
    block ??= { lines: [], comments: [], line }
    if (trimmed.startsWith('//')) block.comments.push(trimmed)
    else {
      // A block is located by its first question line, not by the comments above it.
      if (block.lines.length === 0) block.line = line
      block.lines.push(trimmed)
    }
  }
  const event = block && giftBlockEvent(block, state)
  if (event) yield event
}
