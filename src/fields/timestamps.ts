import type { DateField } from 'payload'

/**
 * Payload's `updatedAt`, without the index Payload gives it by default. For tables the attempt engine
 * rewrites on every answer (sessions' running totals, a flag on a response), an index on a column each
 * write changes makes every such update a non-HOT one: PostgreSQL then writes a new entry into each of
 * the table's indexes and the table bloats. Nothing sorts or filters these tables by `updatedAt`.
 */
export const updatedAtWithoutIndex: DateField = {
  name: 'updatedAt',
  type: 'date',
  label: 'Updated at',
  admin: { disableBulkEdit: true, hidden: true },
}
