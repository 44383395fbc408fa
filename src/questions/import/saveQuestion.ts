import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { htmlToRichText } from '../convert/richText'
import { draftToQuestionFields } from '../convert/draftToQuestion'
import type { QuestionDraft } from '../types'
import { validateQuestionKey } from '../validate'

export type SaveContext = { institution: number; userId: number | null; category: number | null; subcategory: number | null; tags: number[]; dryRun: boolean }
export type SaveOutcome = { status: 'created' | 'updated'; questionId: number | null } | { status: 'invalid'; reason: string }

const PLUGINFILE = /<img[^>]*src="@@PLUGINFILE@@\/([^"]+)"[^>]*>/g

/**
 * Create or update (by externalId within the institution) one imported question, its embedded
 * media included, in one transaction: a failure leaves nothing of that question behind.
 */
export async function saveImportedQuestion(payload: Payload, draft: QuestionDraft, ctx: SaveContext): Promise<SaveOutcome> {
  const fields = draftToQuestionFields(draft)
  const problems = validateQuestionKey(fields)
  if (problems.length > 0) return { status: 'invalid', reason: problems.map((p) => `${p.path}: ${p.message}`).join(' ') }
  if (ctx.category == null && !ctx.dryRun) return { status: 'invalid', reason: 'The question has no category: add a category line or pass a default category.' }
  const existing = await payload.find({
    collection: 'questions',
    where: { and: [{ externalId: { equals: draft.externalId } }, { institution: { equals: ctx.institution } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const found = existing.docs[0]
  if (ctx.dryRun) return { status: found ? 'updated' : 'created', questionId: found?.id ?? null }

  const req = await createLocalReq({ user: undefined }, payload)
  await initTransaction(req)
  try {
    const mediaIds: number[] = []
    for (const file of draft.media) {
      const data = Buffer.from(file.base64, 'base64')
      const media = await payload.create({ collection: 'media', data: { alt: file.filename }, file: { data, mimetype: file.mimeType, name: file.filename, size: data.length }, overrideAccess: true, req, depth: 0 })
      mediaIds.push(media.id)
    }
    const stemHtml = draft.stemHtml.replace(PLUGINFILE, '')
    const data = {
      ...fields,
      stem: await htmlToRichText(stemHtml || '<p></p>', payload.config),
      explanation: draft.explanationHtml ? await htmlToRichText(draft.explanationHtml, payload.config) : null,
      category: ctx.category!,
      subcategory: ctx.subcategory,
      tags: ctx.tags,
      media: mediaIds.length ? mediaIds : found ? undefined : [],
      institution: ctx.institution,
      ...(ctx.userId != null ? { updatedBy: ctx.userId, ...(found ? {} : { createdBy: ctx.userId }) } : {}),
      _status: 'published' as const,
    }
    const saved = found
      ? await payload.update({ collection: 'questions', id: found.id, data, overrideAccess: true, req, depth: 0, context: { audit: false } })
      : await payload.create({ collection: 'questions', data, overrideAccess: true, req, depth: 0, context: { audit: false } })
    await commitTransaction(req)
    return { status: found ? 'updated' : 'created', questionId: saved.id }
  } catch (error) {
    await killTransaction(req)
    const message = error instanceof Error ? error.message : String(error)
    const details = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    return { status: 'invalid', reason: details?.length ? details.map((d) => `${d.path}: ${d.message}`).join(' ') : message }
  }
}
