import type { Payload, PayloadRequest, Where } from 'payload'

import { slugify } from '@/fields/slug'

/** Category paths from files → [category, subcategory]: `A/B/C` keeps A and folds the rest into "B › C" (two levels only). */
export function twoLevelPath(path: string[]): [string, string | null] | null {
  const parts = path.map((p) => p.trim()).filter(Boolean)
  if (parts.length === 0) return null
  return [parts[0], parts.length > 1 ? parts.slice(1).join(' › ') : null]
}

/** Finds or (unless dry-running) creates the category and subcategory a path names; remembers them per import. */
export class CategoryResolver {
  private cache = new Map<string, { category: number | null; subcategory: number | null; created: string[] }>()
  constructor(private payload: Payload, private dryRun: boolean) {}

  async resolve(path: string[], req?: PayloadRequest) {
    const levels = twoLevelPath(path)
    if (!levels) return { category: null, subcategory: null, created: [] as string[] }
    const key = levels.join('\u0000')
    const known = this.cache.get(key)
    if (known) return { ...known, created: [] }
    const created: string[] = []
    const category = await this.findOrCreate(levels[0], null, created, req)
    const subcategory = levels[1] && category != null ? await this.findOrCreate(levels[1], category, created, req) : null
    const result = { category, subcategory, created }
    this.cache.set(key, result)
    return result
  }

  private async findOrCreate(name: string, parent: number | null, created: string[], req?: PayloadRequest): Promise<number | null> {
    const slug = slugify(name) || 'category'
    const where: Where = parent == null ? { and: [{ slug: { equals: slug } }, { parent: { exists: false } }] } : { and: [{ slug: { equals: slug } }, { parent: { equals: parent } }] }
    const found = await this.payload.find({ collection: 'categories', where, limit: 1, depth: 0, overrideAccess: true, req })
    if (found.docs[0]) return found.docs[0].id
    created.push(parent == null ? name : `› ${name}`)
    if (this.dryRun) return null
    const doc = await this.payload.create({ collection: 'categories', data: { name, slug, parent: parent ?? undefined }, depth: 0, overrideAccess: true, req })
    return doc.id
  }
}
