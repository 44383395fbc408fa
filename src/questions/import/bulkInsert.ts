import type { Payload } from 'payload'

import { inTransaction, type Tx } from '@/db/sql'
import { questionRows, type BulkQuestion, type TableRows } from './questionRows'

/** One statement per table for any number of rows: each column travels as one array, zipped by unnest. */
async function insertRows(tx: Tx, { table, columns, rows }: TableRows): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(', ')
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')
  await tx.query(`insert into "${table}" (${names}) select * from unnest(${arrays})`, columns.map((_, i) => rows.map((row) => row[i] ?? null)))
}

async function reserveIds(tx: Tx, sequence: string, count: number): Promise<number[]> {
  const { rows } = await tx.query<{ id: number }>(`select nextval($1::regclass)::int as id from generate_series(1, $2)`, [sequence, count])
  return rows.map((r) => r.id)
}

/**
 * Creates a batch of new published questions, with their first versions, in one transaction and a
 * handful of statements: either all of them are saved or none. Returns their ids, in order.
 */
export async function insertQuestions(payload: Payload, questions: BulkQuestion[]): Promise<number[]> {
  if (questions.length === 0) return []
  return inTransaction(payload, async (tx) => {
    const questionIds = await reserveIds(tx, 'questions_id_seq', questions.length)
    const versionIds = await reserveIds(tx, '_questions_v_id_seq', questions.length)
    for (const table of questionRows(questions, { questionIds, versionIds }, new Date().toISOString())) await insertRows(tx, table)
    return questionIds
  })
}
