import type { ImportEvent, ImportFormat } from '../questions/types'
import { parseAiken } from './aiken'
import { parseCsv } from './csv'
import { parseGift } from './gift'
import { parseJson } from './json'
import { parseMoodleXml } from './moodleXml'
import type { TextSource } from './textSource'

export type { TextSource } from './textSource'

const PARSERS: Record<ImportFormat, (source: TextSource) => AsyncGenerator<ImportEvent>> = {
  gift: parseGift,
  aiken: parseAiken,
  'moodle-xml': parseMoodleXml,
  csv: parseCsv,
  json: parseJson,
}

/**
 * Parse a question file into events, streamed: pass the text as chunks (split anywhere) and consume the events one by
 * one; only the current question is held in memory. Never throws for bad content: problems come back as `invalid`
 * events, unsupported types as `skipped`.
 */
export function parseQuestions(format: ImportFormat, source: AsyncIterable<string> | Iterable<string> | string): AsyncGenerator<ImportEvent> {
  const parse = PARSERS[format]
  if (!parse) throw new Error(`Unknown import format "${format}" (expected one of ${Object.keys(PARSERS).join(', ')}).`)
  return parse(source)
}
