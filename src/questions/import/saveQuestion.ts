import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { htmlToRichText } from '../convert/richText'
import type { draftToQuestionFields } from '../convert/draftToQuestion'
import type { QuestionDraft } from '../types'
import { validateQuestionKey } from '../validate'

export type SaveContext = { institution: number; userId: number | null; category: number | null; subcategory: number | null; tags: number[]; dryRun: boolean }
export type SaveOutcome = { status: 'created' | 'updated'; questionId: number | null } | { status: 'invalid'; reason: string }
type Fields = ReturnType<typeof draftToQuestionFields>

const PLUGINFILE = /<img[^>]*src="@@PLUGINFILE@@\/([^"]+)"[^>]*>/g

/** Why an imported question cannot be saved as it stands, or null. Pure. */
export function draftProblem(fields: Fields, ctx: SaveContext): string | null {
  const problems = validateQuestionKey(fields)
  if (problems.length > 0) return problems.map((p) => `${p.path}: ${p.message}`).join(' ')
  if (ctx.category == null && !ctx.dryRun) return 'The question has no category: add a category line or pass a default category.'
  return null
}

/**
 * The institution's questions with these external ids: externalId → question id (one query). Read
 * without access rules: the import job runs for an editor the import endpoint has already checked,
 * and the lookup is limited to the import's institution and returns ids only.
 */
export async function findImported(payload: Payload, institution: number, externalIds: string[]): Promise<Map<string, number>> {
  if (externalIds.length === 0) return new Map()
  const found = await payload.find({
    collection: 'questions',
    where: { and: [{ externalId: { in: externalIds } }, { institution: { equals: institution } }] },
    select: { externalId: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(found.docs.map((doc) => [doc.externalId as string, doc.id as number]))
}

/** The stem and explanation of a draft as stored Lexical state (embedded-file images dropped: the files become media). */
export async function draftRichText(draft: QuestionDraft, payload: Payload) {
  const stemHtml = draft.stemHtml.replace(PLUGINFILE, '')
  return {
    stem: await htmlToRichText(stemHtml || '<p></p>', payload.config),
    explanation: draft.explanationHtml ? await htmlToRichText(draft.explanationHtml, payload.config) : null,
  }
}

/**
 * Create or update (`found`: the question with the same externalId in the institution) one imported
 * question through Payload, its embedded media included, in one transaction: a failure leaves
 * nothing of that question behind. The path for updates, media and anything Payload must validate.
 */
export async function saveImportedQuestion(payload: Payload, draft: QuestionDraft, fields: Fields, ctx: SaveContext, found: number | null): Promise<SaveOutcome> {
  const req = await createLocalReq({ user: undefined }, payload)
  await initTransaction(req)
  try {
    const mediaIds: number[] = []
    for (const file of draft.media) {
      const data = Buffer.from(file.base64, 'base64')
      const media = await payload.create({ collection: 'media', data: { alt: file.filename }, file: { data, mimetype: file.mimeType, name: file.filename, size: data.length }, overrideAccess: true, req, depth: 0 })
      mediaIds.push(media.id)
    }
    const data = {
      ...fields,
      ...(await draftRichText(draft, payload)),
      category: ctx.category!,
      subcategory: ctx.subcategory,
      tags: ctx.tags,
      media: mediaIds.length ? mediaIds : found != null ? undefined : [],
      institution: ctx.institution,
      ...(ctx.userId != null ? { updatedBy: ctx.userId, ...(found != null ? {} : { createdBy: ctx.userId }) } : {}),
      _status: 'published' as const,
    }
    const saved =
      found != null
        ? await payload.update({ collection: 'questions', id: found, data, overrideAccess: true, req, depth: 0, context: { audit: false } })
        : await payload.create({ collection: 'questions', data, overrideAccess: true, req, depth: 0, context: { audit: false } })
    await commitTransaction(req)
    return { status: found != null ? 'updated' : 'created', questionId: saved.id }
  } catch (error) {
    await killTransaction(req)
    const message = error instanceof Error ? error.message : String(error)
    const details = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    return { status: 'invalid', reason: details?.length ? details.map((d) => `${d.path}: ${d.message}`).join(' ') : message }
  }
}
