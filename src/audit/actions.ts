/** What the audit log records. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'publish',
  'role-change',
  'sign-in',
  'sign-in-failed',
  'practice-started',
  'practice-completed',
  'exam-started',
  'exam-submitted',
  'erasure',
  'mfa-change',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  summary: string
  actor?: number | null
  actorEmail?: string | null
  institution?: number | null
  entity?: string | null
  entityId?: string | number | null
  before?: unknown
  after?: unknown
  ip?: string | null
  userAgent?: string | null
}
