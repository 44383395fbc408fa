import { prepared } from '@/db/prepared'
import type { Tx } from '@/db/sql'
import { RequestError } from '@/lib/errors'

const LABELS = { practice_sessions: 'Practice session', exam_sessions: 'Exam session' } as const

/** A learner's own session row (404 for anyone else's, as if it did not exist), locked for the rest of the transaction when `lock`. */
export async function ownSessionRow<T extends object>(
  db: Pick<Tx, 'query'>,
  table: keyof typeof LABELS,
  columns: string,
  userId: number,
  id: number,
  lock: boolean,
): Promise<T> {
  const { rows } = await db.query<T>(prepared(`select ${columns} from ${table} where id = $1 and user_id = $2${lock ? ' for update' : ''}`, [id, userId]))
  if (!rows[0]) throw new RequestError(404, `${LABELS[table]} ${id} was not found.`)
  return rows[0]
}
