/** The resources library's filters. */
export type ResourceFilters = { search: string; category: string; kind: string; featured: boolean }

export const RESOURCE_KINDS = ['video', 'seminar', 'article', 'document'] as const

/**
 * The GET /resources query for the filters and page: the API's own `category`, `kind` and `featured`
 * filters, a title/author/description search, featured first then newest. Pure.
 */
export function resourceQuery(f: ResourceFilters, page: number, limit = 20): string {
  const q = new URLSearchParams({ limit: String(limit), page: String(page), depth: '1', sort: '-featured,-published_at' })
  if (f.category) q.set('category', f.category)
  if (f.kind) q.set('kind', f.kind)
  if (f.featured) q.set('featured', 'true')
  const term = f.search.trim()
  if (term) ['title', 'author', 'description'].forEach((field, i) => q.set(`where[or][${i}][${field}][like]`, term))
  return `/resources?${q.toString()}`
}
