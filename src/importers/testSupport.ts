/** Helpers for the importer and exporter specs (not used by the application). */
import { createReadStream, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { ImportEvent, QuestionDraft, QuestionType } from '../questions/types'

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/moodle/', import.meta.url))

/** A fixture streamed in small chunks (Node's decoder never splits a character), like an upload would arrive. */
export const fixtureChunks = (relative: string, chunkSize = 97): AsyncIterable<string> =>
  createReadStream(FIXTURES + relative, { encoding: 'utf8', highWaterMark: chunkSize })

export const fixtureText = (relative: string) => readFileSync(FIXTURES + relative, 'utf8')

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

export const drafts = (events: readonly ImportEvent[]): QuestionDraft[] => events.flatMap((e) => (e.kind === 'question' ? [e.draft] : []))

/** Counts per Practica type, plus the skipped, invalid and category events, for conformance assertions. */
export function summarize(events: readonly ImportEvent[]) {
  const types: Partial<Record<QuestionType, number>> = {}
  for (const d of drafts(events)) types[d.type] = (types[d.type] ?? 0) + 1
  return {
    questions: drafts(events).length,
    types,
    skipped: events.flatMap((e) => (e.kind === 'skipped' ? [{ reason: e.reason, sourceType: e.sourceType, name: e.name, source: e.source }] : [])),
    invalid: events.flatMap((e) => (e.kind === 'invalid' ? [{ reason: e.reason, source: e.source }] : [])),
    categories: events.flatMap((e) => (e.kind === 'category' ? [e.path.join('/')] : [])),
  }
}
