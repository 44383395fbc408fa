import { ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type Where } from 'payload'

import { BadQuery } from '@/lib/errors'

export const RESOURCE_KINDS = ['video', 'seminar', 'article', 'document'] as const

const first = (value: unknown): string | undefined => (Array.isArray(value) ? first(value[0]) : typeof value === 'string' ? value : undefined)

/**
 * Seed 000's filters on the list: `?featured=true`, `?category=<slug>` (a category or subcategory
 * slug or path) and `?kind=video`, added to whatever `where` the caller sent.
 */
export const listFilters: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || (args as { id?: unknown }).id !== undefined) return args
  const query = (req.query ?? {}) as Record<string, unknown>
  const filters: Where[] = []
  const featured = first(query.featured) || undefined
  if (featured !== undefined && featured !== 'true' && featured !== 'false') throw new BadQuery('featured must be true or false.', 'featured')
  if (featured !== undefined) filters.push({ featured: { equals: featured === 'true' } })
  const category = first(query.category)?.trim()
  if (category) filters.push({ or: [{ 'category.slug': { equals: category } }, { 'subcategory.path': { equals: category } }] })
  const kind = first(query.kind)
  if (kind && !(RESOURCE_KINDS as readonly string[]).includes(kind)) throw new BadQuery(`kind must be one of: ${RESOURCE_KINDS.join(', ')}.`, 'kind')
  if (kind) filters.push({ kind: { equals: kind } })
  if (filters.length === 0) return args
  const where = (args as { where?: Where }).where
  return { ...args, where: { and: [...(where && Object.keys(where).length ? [where] : []), ...filters] } }
}

/** A resource is a link or an uploaded file; links are http(s). */
export const urlOrFile: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const url = (data.url !== undefined ? data.url : originalDoc?.url) as string | null | undefined
  const file = data.file !== undefined ? data.file : originalDoc?.file
  const errors: { path: string; message: string }[] = []
  if (url && !/^https?:\/\/[^\s]+$/i.test(url.trim())) errors.push({ path: 'url', message: 'The link must be an http(s) address.' })
  if (!url && !file && data._status === 'published') errors.push({ path: 'url', message: 'Give a link or upload a file before publishing.' })
  if (errors.length) throw new ValidationError({ collection: 'resources', errors })
  if (typeof data.url === 'string') data.url = data.url.trim() || null
  return data
}

/** The date a resource was first published (kept when it is edited later). */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.published_at && !originalDoc?.published_at) data.published_at = new Date().toISOString()
  return data
}
