import type { Tx } from '@/db/sql'
import { RequestError } from '@/lib/errors'

/** Category slugs (top level) and subcategory slugs or paths ("general-surgery/hernia") → ids; unknown ones are a 400. */
export async function resolveCategories(tx: Pick<Tx, 'query'>, categories: string[], subcategories: string[]) {
  if (categories.length === 0 && subcategories.length === 0) return { categoryIds: null, subcategoryIds: null }
  const { rows } = await tx.query<{ id: number; slug: string; path: string; parent_id: number | null }>(
    `select id, slug, path, parent_id from categories where slug = any($1::text[]) or path = any($1::text[])`,
    [[...categories, ...subcategories]],
  )
  const find = (value: string, top: boolean) => rows.filter((r) => (r.parent_id == null) === top && (r.slug === value || r.path === value))
  const categoryIds = categories.map((slug, i) => {
    const match = find(slug, true)
    if (match.length === 0) throw new RequestError(400, `Unknown category "${slug}".`, `categories.${i}`)
    return match[0].id
  })
  const subcategoryIds = subcategories.flatMap((slug, i) => {
    const match = find(slug, false)
    if (match.length === 0) throw new RequestError(400, `Unknown subcategory "${slug}".`, `subcategories.${i}`)
    return match.map((m) => m.id)
  })
  return { categoryIds: categoryIds.length ? categoryIds : null, subcategoryIds: subcategoryIds.length ? subcategoryIds : null }
}

/**
 * Categories and subcategories combine as a learner picks them: a category is narrowed to the
 * subcategories chosen within it (all of it when none are); a subcategory of a category not chosen adds to the set.
 */
export type CandidateFilter = {
  /** The learner's institutions (their questions are visible, with every shared one). */
  institutions: number[]
  categoryIds: number[] | null
  subcategoryIds: number[] | null
  difficulties: number[] | null
  /** Only questions whose latest response of this learner was wrong and/or is flagged. */
  onlyFor?: { userId: number; incorrect: boolean; flagged: boolean } | null
  exclude?: number[]
  /** Only these questions (e.g. the ones due for review). */
  include?: number[] | null
}

/** Ids of the published questions a learner may be given, by filter, in id order. */
export async function candidateQuestions(tx: Pick<Tx, 'query'>, f: CandidateFilter): Promise<number[]> {
  const params: unknown[] = [f.institutions, f.categoryIds, f.subcategoryIds, f.difficulties, f.exclude ?? [], f.include ?? null]
  let history = ''
  if (f.onlyFor) {
    params.push(f.onlyFor.userId)
    const conditions = [f.onlyFor.incorrect ? 'l.answered and not l.is_correct' : '', f.onlyFor.flagged ? 'l.flagged' : ''].filter(Boolean).join(' and ')
    history = `and q.id in (select l.question_id from (
        select distinct on (question_id) question_id, answered, is_correct, flagged from responses
         where user_id = $7 and question_id is not null order by question_id, answered_at desc nulls last, id desc) l
       where ${conditions})`
  }
  const { rows } = await tx.query<{ id: number }>(
    `select q.id from questions q
      where q._status = 'published'
        and (q.shared or q.institution_id = any($1::int[]))
        and (($2::int[] is null and $3::int[] is null)
             or q.subcategory_id = any($3::int[])
             or (q.category_id = any($2::int[]) and not exists (select 1 from categories s where s.id = any($3::int[]) and s.parent_id = q.category_id)))
        and ($4::int[] is null or q.difficulty = any($4::int[]))
        and not (q.id = any($5::int[]))
        and ($6::int[] is null or q.id = any($6::int[]))
        ${history}
      order by q.id`,
    params,
  )
  return rows.map((r) => r.id)
}

/** The questions a learner has ever answered. */
export async function learnerHistory(tx: Pick<Tx, 'query'>, userId: number): Promise<Set<number>> {
  const { rows } = await tx.query<{ question_id: number }>(`select distinct question_id from responses where user_id = $1 and answered and question_id is not null`, [userId])
  return new Set(rows.map((r) => r.question_id))
}
