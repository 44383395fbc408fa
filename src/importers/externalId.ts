import { createHash } from 'node:crypto'

import type { ImportFormat } from '../questions/types'

type IdFields = { categoryPath: readonly string[]; name?: string; stemHtml: string }

/** The source's own id when it has one, else `<format>:<sha1 of category path, name and stem>` (stable across re-imports). */
export function externalIdFor(format: ImportFormat, explicit: string | undefined, fields: IdFields): string {
  const id = explicit?.trim()
  if (id) return id
  const digest = createHash('sha1')
    .update([fields.categoryPath.join('/'), fields.name ?? '', fields.stemHtml.replace(/\s+/g, ' ').trim()].join('\n'))
    .digest('hex')
  return `${format}:${digest.slice(0, 20)}`
}

/**
 * Ids seen so far in one file. GIFT names and Moodle idnumbers repeat (the same name twice, identical questions in two
 * sections), so `unique` turns the second "X" into "X (2)"; CSV and JSON treat a repeat as an error (`has`).
 * Holds only the ids, not the questions.
 */
export function createIdRegistry() {
  const seen = new Set<string>()
  return {
    has: (id: string) => seen.has(id),
    add: (id: string) => void seen.add(id),
    unique(id: string): string {
      let candidate = id
      for (let n = 2; seen.has(candidate); n++) candidate = `${id} (${n})`
      seen.add(candidate)
      return candidate
    },
  }
}
