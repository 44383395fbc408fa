import type { Payload } from 'payload'

import { draftToQuestionFields } from '../convert/draftToQuestion'
import type { QuestionDraft } from '../types'
import { insertQuestions } from './bulkInsert'
import { needsFieldValidation, type BulkQuestion } from './questionRows'
import { draftProblem, draftRichText, findImported, saveImportedQuestion, type SaveContext, type SaveOutcome } from './saveQuestion'

/** Questions saved together: one lookup of existing ids and (for new plain questions) one transaction. */
const BATCH_SIZE = 250

type Pending = { draft: QuestionDraft; ctx: SaveContext; settle: (outcome: SaveOutcome) => void }

/**
 * Collects an import's questions and saves them a batch at a time. New questions without embedded
 * files are written together (questionRows.ts: the rows Payload's create would write); updates,
 * questions with files and any that Payload must validate go one by one through Payload. Should a
 * batch's write fail, its questions are retried one by one, so each gets its own outcome.
 */
export class ImportBatch {
  private pending: Pending[] = []
  private externalIds = new Set<string>()

  constructor(
    private payload: Payload,
    private institution: number,
  ) {}

  /** Queues a question; `settle` receives its outcome when its batch is saved. */
  async add(draft: QuestionDraft, ctx: SaveContext, settle: (outcome: SaveOutcome) => void): Promise<void> {
    // A second question with the same external id updates the first: the first must be saved before.
    if (this.externalIds.has(draft.externalId)) await this.flush()
    this.pending.push({ draft, ctx, settle })
    this.externalIds.add(draft.externalId)
    if (this.pending.length >= BATCH_SIZE) await this.flush()
  }

  async flush(): Promise<void> {
    const items = this.pending
    this.pending = []
    this.externalIds.clear()
    if (items.length === 0) return
    const settled = new Set<Pending>()
    const settle = (item: Pending, outcome: SaveOutcome) => {
      settled.add(item)
      item.settle(outcome)
    }
    try {
      await this.save(items, settle)
    } finally {
      // Whatever stopped the batch (the database gone, say), no question of it is reported as saved.
      for (const item of items) if (!settled.has(item)) item.settle({ status: 'invalid', reason: 'Not saved: the import stopped before this question was written.' })
    }
  }

  private async save(items: Pending[], settle: (item: Pending, outcome: SaveOutcome) => void): Promise<void> {
    const existing = await findImported(this.payload, this.institution, items.map((i) => i.draft.externalId))
    const maxText = this.payload.config.defaultMaxTextLength ?? 40_000
    const together: { item: Pending; question: BulkQuestion }[] = []
    const oneByOne: { item: Pending; fields: BulkQuestion['fields']; found: number | null }[] = []
    for (const item of items) {
      const fields = draftToQuestionFields(item.draft)
      const found = existing.get(item.draft.externalId) ?? null
      const problem = draftProblem(fields, item.ctx)
      if (problem) settle(item, { status: 'invalid', reason: problem })
      else if (item.ctx.dryRun) settle(item, { status: found != null ? 'updated' : 'created', questionId: found })
      else if (found != null || item.draft.media.length > 0) oneByOne.push({ item, fields, found })
      else {
        let rich: Awaited<ReturnType<typeof draftRichText>>
        try {
          rich = await draftRichText(item.draft, this.payload)
        } catch (error) {
          settle(item, { status: 'invalid', reason: `The question's text could not be converted: ${error instanceof Error ? error.message : String(error)}` })
          continue
        }
        const { ctx } = item
        const question = { fields, ...rich, institution: ctx.institution, category: ctx.category!, subcategory: ctx.subcategory, tags: ctx.tags, userId: ctx.userId }
        if (needsFieldValidation(question, maxText)) oneByOne.push({ item, fields, found: null })
        else together.push({ item, question })
      }
    }
    if (together.length > 0) {
      try {
        const ids = await insertQuestions(this.payload, together.map((t) => t.question))
        together.forEach((t, i) => settle(t.item, { status: 'created', questionId: ids[i] }))
      } catch (error) {
        this.payload.logger.warn({ err: error }, `Saving ${together.length} imported questions together failed; saving them one by one.`)
        oneByOne.unshift(...together.map((t) => ({ item: t.item, fields: t.question.fields, found: null })))
      }
    }
    for (const { item, fields, found } of oneByOne) settle(item, await saveImportedQuestion(this.payload, item.draft, fields, item.ctx, found))
  }
}
