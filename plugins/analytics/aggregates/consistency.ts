import type { Payload } from 'payload'

import { inTransaction, poolOf } from '@/db/sql'
import { AGGREGATE_TABLES, type AggregateTable } from './expected'

export type Difference = { table: string; key: Record<string, unknown>; expected: Record<string, unknown> | null; actual: Record<string, unknown> | null }
export type ConsistencyReport = { checked: string[]; differences: Difference[]; fixed: boolean }

/** Sums of fractional scores are compared to six decimals: a running total and a fresh sum may differ in the last bits. */
const FLOAT_COLUMNS = new Set(['score_sum', 'score_percent_sum', 'score_percent_sq_sum'])
const nullWhenEmpty = (column: string) => column.endsWith('_at') || column.endsWith('_id')
const normalised = (alias: string, column: string) => (FLOAT_COLUMNS.has(column) ? `round(${alias}.${column}::numeric, 6)` : `${alias}.${column}`)
const isEmpty = (row: Record<string, unknown>, t: AggregateTable) => t.values.every((v) => row[v] == null || Number(row[v]) === 0)

function comparison(t: AggregateTable, limit: number): string {
  const on = t.keys.map((k) => `e.${k} = a.${k}`).join(' and ')
  const side = (alias: string) => `case when ${alias}.${t.keys[0]} is null then null else jsonb_build_object(${t.values.map((v) => `'${v}', ${alias}.${v}`).join(', ')}) end`
  return `select jsonb_build_object(${t.keys.map((k) => `'${k}', coalesce(e.${k}, a.${k})`).join(', ')}) as key, ${side('e')} as expected, ${side('a')} as actual
            from (${t.expected}) e full join (select ${[...t.keys, ...t.values].join(', ')} from ${t.table}) a on ${on}
           where row(${t.values.map((v) => normalised('e', v)).join(', ')}) is distinct from row(${t.values.map((v) => normalised('a', v)).join(', ')})
           limit ${limit}`
}

/** Rewrites a table from the raw records, keeping the columns no record can rebuild (heartbeat time). */
async function rebuild(payload: Payload, t: AggregateTable): Promise<void> {
  await inTransaction(payload, async (tx) => {
    await tx.query(`lock table ${t.table} in exclusive mode`)
    const match = t.keys.map((k) => `e.${k} = ${t.table}.${k}`).join(' and ')
    await tx.query(`update ${t.table} set ${t.values.map((v) => `${v} = ${nullWhenEmpty(v) ? 'null' : '0'}`).join(', ')} where not exists (select 1 from (${t.expected}) e where ${match})`)
    await tx.query(
      `insert into ${t.table} (${[...t.keys, ...t.values].join(', ')}) select ${[...t.keys, ...t.values].join(', ')} from (${t.expected}) e
       on conflict (${t.keys.join(', ')}) do update set ${t.values.map((v) => `${v} = excluded.${v}`).join(', ')}`,
    )
  })
}

/**
 * Recomputes every aggregate from the raw records and reports where the stored aggregates differ
 * (each comparison is one statement, so it sees one consistent snapshot). With `fix`, the differing
 * tables are rebuilt. Rows whose values are all zero count as absent.
 */
export async function checkAggregates(payload: Payload, options: { fix?: boolean; limit?: number } = {}): Promise<ConsistencyReport> {
  const limit = options.limit ?? 1000
  const differences: Difference[] = []
  for (const t of AGGREGATE_TABLES) {
    const { rows } = await poolOf(payload).query<Omit<Difference, 'table'>>(comparison(t, limit))
    const real = rows.filter((r) => !(r.expected === null && r.actual && isEmpty(r.actual, t)))
    differences.push(...real.map((r) => ({ table: t.table, ...r })))
    if (options.fix && real.length) await rebuild(payload, t)
  }
  return { checked: AGGREGATE_TABLES.map((t) => t.table), differences, fixed: Boolean(options.fix && differences.length) }
}
