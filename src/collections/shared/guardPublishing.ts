import type { CollectionBeforeOperationHook } from 'payload'

import { type AccessUser, canPublish } from '@/access'
import { ForbiddenBecause } from '@/lib/errors'

/**
 * Institution content with drafts (questions, resources): drafting is open to instructors and
 * examiners; publishing needs an editor or admin of the owning institution.
 */
export const guardPublishing =
  (noun: string): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    if (args.overrideAccess) return args
    const data = args.data as { _status?: string; institution?: unknown } | undefined
    if (data?._status !== 'published') return args
    const id = (args as { id?: number | string }).id
    let institution = (data.institution as number | string | null | undefined) ?? null
    if (institution == null && id != null) {
      const stored = await req.payload.db.findOne<{ id: number; institution?: number | { id: number } | null }>({ collection: collection.slug, req, where: { id: { equals: id } } })
      const value = stored?.institution
      institution = value == null ? null : typeof value === 'object' ? value.id : value
    }
    if (!canPublish(req.user as AccessUser, institution)) {
      throw new ForbiddenBecause(`Only editors and admins can publish ${noun}; save it as a draft for them to review.`, '_status')
    }
    return args
  }
