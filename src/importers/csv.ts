import { parse } from 'csv-parse'

import type { ImportEvent } from '../questions/types'
import { normalizeHeader } from './csvColumns'
import type { SeenIds } from './csvRow'
import { csvRowEvent, optionLettersOf } from './csvRow'
import type { TextSource } from './textSource'
import { normalizedChunks } from './textSource'

type ParsedRecord = { record: string[]; raw: string; info: { lines: number } }

/** The line a record starts on: csv-parse reports where it ends; its raw text (after skipped blank lines) spans the rest. */
const startLine = (r: ParsedRecord) => r.info.lines - (r.raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g)?.length ?? 0)

/**
 * CSV, one question per row after a header row (columns in FORMATS.md), streamed: each chunk is written to csv-parse
 * and the rows it completes are turned into events before the next chunk is read.
 */
export async function* parseCsv(source: TextSource): AsyncGenerator<ImportEvent> {
  const parser = parse({ info: true, raw: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true })
  let failure: Error | undefined
  parser.on('error', (error: Error) => (failure = error))
  let headers: string[] | undefined
  let letters: string[] = []
  let stopped = false
  const seen: SeenIds = new Map()

  function* drain(): Generator<ImportEvent> {
    for (let r: ParsedRecord | null = parser.read(); r !== null; r = parser.read()) {
      const line = startLine(r)
      if (r.record.every((value) => value.trim() === '')) continue
      if (!headers) {
        headers = r.record.map(normalizeHeader)
        letters = optionLettersOf(headers)
        if (headers.includes('type') && headers.includes('stem')) continue
        stopped = true
        yield { kind: 'invalid', reason: `The header row needs at least the columns "type" and "stem" (found: ${headers.join(', ')}).`, source: { line } }
        return
      }
      const row = new Map(headers.map((h, i) => [h, r.record[i] ?? '']))
      yield csvRowEvent((column) => row.get(column) ?? '', letters, line, seen)
    }
  }

  for await (const chunk of normalizedChunks(source)) {
    if (failure || stopped) break
    parser.write(chunk)
    yield* drain()
  }
  if (stopped) return
  if (!failure) {
    const finished = new Promise<void>((resolve) => {
      parser.once('finish', resolve)
      parser.once('error', () => resolve())
    })
    parser.end()
    await finished
    yield* drain()
  }
  if (failure) yield { kind: 'invalid', reason: `CSV syntax error: ${failure.message}`, source: { line: lineOf(failure) } }
  else if (!headers && !stopped) yield { kind: 'invalid', reason: 'The file is empty: expected a header row and one question per row.', source: { line: 1 } }
}

const lineOf = (error: Error) => ('lines' in error && typeof error.lines === 'number' ? error.lines : undefined)
