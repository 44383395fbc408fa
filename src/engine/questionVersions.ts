import type { Payload } from 'payload'

import type { Tx } from '@/db/sql'
import { questionContent, type QuestionContent, type StoredQuestion } from './questionContent'

/** Question versions never change once written, so their content is cached by version id (bounded, least recently used out). */
const CACHE_LIMIT = Number(process.env.PRACTICA_QUESTION_CACHE ?? 20_000)
const cache = new Map<number, QuestionContent>()

function remember(content: QuestionContent) {
  cache.set(content.versionId, content)
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as number)
}

/** The current published version of each question (questions without one are left out). */
export async function publishedVersions(tx: Tx, questionIds: number[]): Promise<Map<number, number>> {
  if (questionIds.length === 0) return new Map()
  const { rows } = await tx.query<{ parent_id: number; id: number }>(
    `select distinct on (parent_id) parent_id, id from _questions_v
      where parent_id = any($1::int[]) and version__status = 'published'
      order by parent_id, created_at desc, id desc`,
    [questionIds],
  )
  return new Map(rows.map((r) => [r.parent_id, r.id]))
}

const idOf = (value: unknown): number => (typeof value === 'object' && value ? (value as { id: number }).id : Number(value))

/** Keys, learner views and reveals for question versions, in the order asked. Throws if a version is missing. */
export async function versionContents(payload: Payload, versionIds: number[]): Promise<QuestionContent[]> {
  const missing = [...new Set(versionIds.filter((id) => !cache.has(id)))]
  if (missing.length) {
    const found = await payload.findVersions({
      collection: 'questions',
      where: { id: { in: missing } },
      depth: 1,
      pagination: false,
      limit: missing.length,
      overrideAccess: true,
    })
    for (const doc of found.docs) remember(questionContent(idOf(doc.parent), Number(doc.id), doc.version as unknown as StoredQuestion))
  }
  return versionIds.map((id) => {
    const content = cache.get(id)
    if (!content) throw new Error(`Question version ${id} no longer exists`)
    cache.delete(id)
    cache.set(id, content)
    return content
  })
}
