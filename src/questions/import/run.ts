import type { Payload } from 'payload'

import { parseQuestions } from '@/importers'
import type { ImportEvent, ImportFormat } from '../types'
import { ImportBatch } from './batch'
import { CategoryResolver } from './categories'
import { importFileChunks } from './source'

export type ReportEntry = {
  status: 'created' | 'updated' | 'skipped' | 'invalid'
  line?: number
  element?: string
  name?: string
  reason?: string
  question?: number
  categoriesCreated?: string[]
}

const PROGRESS_EVERY = 100
const relId = (value: unknown): number | null => (value == null ? null : typeof value === 'object' ? (value as { id: number }).id : (value as number))

/** Resolve tag names to ids, creating missing tags (unless dry-running). */
async function tagIds(payload: Payload, names: string[], cache: Map<string, number>, dryRun: boolean): Promise<number[]> {
  const ids: number[] = []
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    if (!cache.has(name)) {
      const found = await payload.find({ collection: 'tags', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
      if (found.docs[0]) cache.set(name, found.docs[0].id)
      else if (!dryRun) cache.set(name, (await payload.create({ collection: 'tags', data: { name }, depth: 0, overrideAccess: true })).id)
    }
    const id = cache.get(name)
    if (id != null) ids.push(id)
  }
  return ids
}

/**
 * Process one question-import document: stream-parse its file, save its questions a batch at a
 * time (batch.ts), update the counters every few questions so progress shows in the admin UI, and
 * store the report, in file order.
 */
export async function runQuestionImport(payload: Payload, importId: number): Promise<void> {
  const doc = await payload.findByID({ collection: 'question-imports', id: importId, depth: 0, overrideAccess: true })
  const dryRun = Boolean(doc.dryRun)
  const institution = relId(doc.institution)!
  const userId = relId(doc.requestedBy)
  const counts = { processed: 0, created: 0, updated: 0, skipped: 0, invalid: 0 }
  const report: ReportEntry[] = []
  const categories = new CategoryResolver(payload, dryRun)
  const tags = new Map<string, number>()
  const batch = new ImportBatch(payload, institution)
  let currentCategory: string[] = []
  const progress = (extra: Record<string, unknown> = {}) =>
    payload.update({ collection: 'question-imports', id: importId, data: { ...counts, ...extra }, overrideAccess: true, depth: 0 })

  await progress({ status: 'running', startedAt: new Date().toISOString() })
  try {
    for await (const event of parseQuestions(doc.format as ImportFormat, importFileChunks(payload, doc)) as AsyncGenerator<ImportEvent>) {
      if (event.kind === 'category') {
        currentCategory = event.path
        const { created } = await categories.resolve(event.path)
        if (created.length) report.push({ status: 'created', ...event.source, name: event.path.join(' › '), reason: 'category', categoriesCreated: created })
        continue
      }
      counts.processed++
      if (event.kind === 'skipped' || event.kind === 'invalid') {
        counts[event.kind]++
        report.push({ status: event.kind, ...event.source, name: event.name, reason: event.reason })
      } else {
        const path = event.draft.categoryPath.length ? event.draft.categoryPath : currentCategory
        const place = await categories.resolve(path)
        const entry: ReportEntry = { status: 'created', ...event.source, name: event.draft.name, ...(place.created.length ? { categoriesCreated: place.created } : {}) }
        report.push(entry)
        const ctx = { institution, userId, category: place.category, subcategory: place.subcategory, tags: await tagIds(payload, event.draft.tags, tags, dryRun), dryRun }
        await batch.add(event.draft, ctx, (outcome) => {
          counts[outcome.status]++
          entry.status = outcome.status
          if (outcome.status === 'invalid') entry.reason = outcome.reason
          else entry.question = outcome.questionId ?? undefined
        })
      }
      if (counts.processed % PROGRESS_EVERY === 0) await progress()
    }
    await batch.flush()
    await progress({ status: 'completed', finishedAt: new Date().toISOString(), report })
  } catch (error) {
    // What was read before the failure is still saved, as it would be question by question.
    await batch.flush().catch((flushError) => payload.logger.error({ err: flushError }, 'Saving the questions read before the import failed did not succeed.'))
    await progress({ status: 'failed', finishedAt: new Date().toISOString(), report, error: error instanceof Error ? error.message : String(error) })
    throw error
  }
}
