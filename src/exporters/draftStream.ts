import type { QuestionDraft } from '../questions/types'

export type DraftSource = AsyncIterable<QuestionDraft> | Iterable<QuestionDraft>

/** Drafts one at a time, from a sync or async source (a database cursor, an array in tests). */
export async function* eachDraft(drafts: DraftSource): AsyncGenerator<QuestionDraft> {
  yield* drafts
}

/** True when the category path changes between consecutive questions (exporters then write a category record). */
export const samePath = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((name, i) => name === b[i])
