import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { auditSql } from '@/audit/record'
import { inTransaction } from '@/db/sql'

/**
 * Erasure policy: the account is anonymised in place, in one transaction. Name, email, bio, avatar,
 * time zone, preferences, password, sign-in sessions, verification and reset tokens are removed;
 * API keys are deleted. Learning records (sessions, responses) stay attached to the now anonymous
 * account, so cohort statistics and item statistics remain true without identifying anyone; the
 * institution memberships stay for the same reason. The account can no longer sign in.
 */
export async function eraseUser(payload: Payload, userId: number, by: { id: number; email: string; ip?: string | null; institution?: number | null } | null = null): Promise<void> {
  await inTransaction(payload, async (tx) => {
    const erasedEmail = `erased-${userId}-${randomBytes(4).toString('hex')}@erased.invalid`
    const { rowCount } = await tx.query(
      `update users set name = 'Erased user', email = $2, bio = null, avatar_id = null, timezone = 'UTC', last_login_at = null,
         hash = null, salt = null, reset_password_token = null, reset_password_expiration = null, reset_password_requested_at = null,
         _verified = false, _verificationtoken = null, login_attempts = 0, lock_until = null,
         mfa_enabled = false, mfa_secret = null, mfa_pending_secret = null, mfa_recovery_codes = null, mfa_last_step = null, updated_at = now()
       where id = $1`,
      [userId, erasedEmail],
    )
    if (!rowCount) throw new Error(`No user ${userId}`)
    await tx.query(`delete from users_sessions where _parent_id = $1`, [userId])
    await tx.query(`delete from api_keys where user_id = $1`, [userId])
    await tx.query(`delete from payload_preferences where id in (select parent_id from payload_preferences_rels where users_id = $1)`, [userId])
    await auditSql(tx, {
      action: 'erasure',
      summary: by?.id === userId ? `Erasure of user #${userId}, at their request` : `Erasure of user #${userId} by an administrator`,
      actor: by?.id === userId ? null : (by?.id ?? null),
      actorEmail: by?.id === userId ? null : (by?.email ?? null),
      institution: by?.institution ?? null,
      entity: 'users',
      entityId: userId,
      ip: by?.id === userId ? null : (by?.ip ?? null),
    })
  })
}
