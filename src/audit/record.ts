import type { Payload, PayloadRequest } from 'payload'

import { prepared } from '@/db/prepared'
import type { Tx } from '@/db/sql'
import { clientAddress } from '@/security/rateLimits'
import type { AuditEntry } from './actions'

/** Where a request came from, for the log. */
export const origin = (req: Pick<PayloadRequest, 'headers'> | undefined) => ({
  ip: req?.headers ? clientAddress(req.headers) : null,
  userAgent: req?.headers?.get('user-agent')?.slice(0, 300) ?? null,
})

/** Writes an entry through Payload, inside the request's transaction (so it commits or rolls back with the change). */
export async function audit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-logs',
    data: { ...origin(req), ...entry, entityId: entry.entityId == null ? null : String(entry.entityId) } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
}

/** Writes an entry with SQL on a connection (the engine's transaction, or the pool). */
export async function auditSql(db: Pick<Tx, 'query'>, entry: AuditEntry): Promise<void> {
  await db.query(
    prepared(
      `insert into audit_logs (action, summary, actor_id, actor_email, institution_id, entity, entity_id, before, after, ip, user_agent, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), now())`,
      [
        entry.action,
        entry.summary,
        entry.actor ?? null,
        entry.actorEmail ?? null,
        entry.institution ?? null,
        entry.entity ?? null,
        entry.entityId == null ? null : String(entry.entityId),
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
        entry.ip ?? null,
        entry.userAgent ?? null,
      ],
    ),
  )
}

/** Removes entries older than `days`; returns how many. */
export async function forgetAuditEntries(payload: Payload, days: number): Promise<number> {
  const { rowCount } = await (payload.db as unknown as { pool: { query: Tx['query'] } }).pool.query(`delete from audit_logs where created_at < now() - make_interval(days => $1)`, [days])
  return rowCount ?? 0
}
