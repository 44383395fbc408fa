import type { Payload, PayloadRequest, Where } from 'payload'

import { richTextToHtml } from '../convert/richText'
import { questionToDraft } from '../convert/draftToQuestion'
import type { QuestionDraft } from '../types'

type Named = { id: number; name?: string | null } | number | null | undefined
const nameOf = (value: Named) => (value && typeof value === 'object' ? value.name ?? null : null)

const PAGE = 200

/** The questions the caller may read that match `where`, as drafts, page by page (memory stays flat). */
export async function* questionDrafts(payload: Payload, req: PayloadRequest, where: Where): AsyncGenerator<QuestionDraft> {
  for (let page = 1; ; page++) {
    const result = await payload.find({ collection: 'questions', where, depth: 1, limit: PAGE, page, sort: 'id', overrideAccess: false, user: req.user, req })
    for (const doc of result.docs) {
      const categoryPath = [nameOf(doc.category as Named), nameOf(doc.subcategory as Named)].filter((n): n is string => Boolean(n))
      const tags = (doc.tags ?? []).map((t) => nameOf(t as Named)).filter((n): n is string => Boolean(n))
      yield questionToDraft(doc as Parameters<typeof questionToDraft>[0], { stemHtml: richTextToHtml(doc.stem), explanationHtml: richTextToHtml(doc.explanation), categoryPath, tags })
    }
    if (!result.hasNextPage) return
  }
}
