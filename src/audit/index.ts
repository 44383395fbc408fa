import type { CollectionConfig, Config, TaskConfig } from 'payload'

import { subscribe } from '@/events'
import { auditChange, auditDelete, auditSignIn } from './hooks'
import { auditSql, forgetAuditEntries } from './record'

export type AuditOptions = {
  /** Collections whose changes are logged (before/after of the changed fields). */
  collections: string[]
  /** Entries older than this many days are removed nightly. */
  retentionDays: number
}

const retentionTask = (days: number): TaskConfig<'auditRetention'> => ({
  slug: 'auditRetention',
  label: 'Remove audit log entries older than the retention period',
  retries: 2,
  schedule: [{ cron: '0 45 3 * * *', queue: 'engine' }],
  outputSchema: [{ name: 'removed', type: 'number' }],
  handler: async ({ req }) => ({ output: { removed: await forgetAuditEntries(req.payload, days) } }),
})

const withHooks = (c: CollectionConfig, o: AuditOptions): CollectionConfig => {
  if (!o.collections.includes(c.slug)) return c
  return {
    ...c,
    hooks: {
      ...c.hooks,
      afterChange: [...(c.hooks?.afterChange ?? []), auditChange],
      afterDelete: [...(c.hooks?.afterDelete ?? []), auditDelete],
      ...(c.slug === 'users' ? { afterLogin: [...(c.hooks?.afterLogin ?? []), auditSignIn] } : {}),
    },
  }
}

/**
 * The audit trail (core): hooks on the listed collections write content changes, publishing, role
 * changes and sign-ins in the transaction of the change; the learning events write session starts,
 * completions and exam submissions in the engine's transaction; a nightly job applies the retention.
 * Failed sign-ins are logged by the rate-limited sign-in endpoint, erasures by the erasure itself.
 */
export const auditTrail =
  (o: AuditOptions) =>
  (incoming: Config): Config => {
    let config = subscribe(incoming, 'session.started', (e, { tx }) =>
      auditSql(tx, {
        action: e.sessionKind === 'exam' ? 'exam-started' : 'practice-started',
        summary: e.sessionKind === 'exam' ? `Exam started: sitting #${e.sessionId} of paper #${e.templateId} (${e.questionCount} questions)` : `Practice started: session #${e.sessionId} (${e.questionCount} questions)`,
        actor: e.userId,
        institution: e.institutionId,
        entity: e.sessionKind === 'exam' ? 'exam-sessions' : 'practice-sessions',
        entityId: e.sessionId,
      }),
    )
    config = subscribe(config, 'session.completed', (e, { tx }) =>
      auditSql(tx, { action: 'practice-completed', summary: `Practice completed: session #${e.sessionId}, ${e.correct}/${e.answered} right`, actor: e.userId, institution: e.institutionId, entity: 'practice-sessions', entityId: e.sessionId, after: { scorePercent: e.scorePercent } }),
    )
    config = subscribe(config, 'exam.submitted', (e, { tx }) =>
      auditSql(tx, {
        action: 'exam-submitted',
        summary: `Exam ${e.autoSubmitted ? 'submitted automatically at the deadline' : 'submitted'}: sitting #${e.sessionId}, ${e.scorePercent} %`,
        actor: e.autoSubmitted ? null : e.userId,
        institution: e.institutionId,
        entity: 'exam-sessions',
        entityId: e.sessionId,
        after: { scorePercent: e.scorePercent, passed: e.passed, autoSubmitted: e.autoSubmitted, learner: e.userId },
      }),
    )
    const jobs = config.jobs ?? {}
    return {
      ...config,
      collections: (config.collections ?? []).map((c) => withHooks(c, o)),
      jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), retentionTask(o.retentionDays)] },
    }
  }
