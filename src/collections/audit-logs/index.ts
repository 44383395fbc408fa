import type { Access, CollectionConfig } from 'payload'

import { institutionsWithRole, isPlatformAdmin, userOf } from '@/access'
import { AUDIT_ACTIONS } from '@/audit/actions'

/** Platform admins read every entry; institution admins their institutions' entries. Nobody writes through the API. */
const readAudit: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const admin = institutionsWithRole(user, ['institution-admin'])
  return admin.length ? { institution: { in: admin } } : false
}
const nobody: Access = () => false

/**
 * The audit log (read-only): content changes with before/after, exam and practice session events,
 * sign-ins and failed sign-ins, role changes and erasures. Written by src/audit in the transaction of
 * the change; kept for AUDIT_RETENTION_DAYS.
 */
export const AuditLogs: CollectionConfig = {
  slug: 'audit-logs',
  admin: {
    useAsTitle: 'summary',
    group: 'Administration',
    defaultColumns: ['createdAt', 'action', 'actorEmail', 'entity', 'summary'],
    listSearchableFields: ['summary', 'actorEmail', 'entityId'],
    description: 'Who did what, when: read-only. Entries older than the retention period are removed nightly.',
  },
  defaultSort: '-createdAt',
  access: { read: readAudit, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: AUDIT_ACTIONS.map((value) => ({ label: value, value })) },
    { name: 'summary', type: 'text', required: true },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true },
    { name: 'actorEmail', type: 'text', index: true, admin: { description: 'As given (failed sign-ins name the address tried).' } },
    { name: 'institution', type: 'relationship', relationTo: 'institutions', index: true },
    { name: 'entity', type: 'text', index: true, admin: { description: 'The collection or record kind changed.' } },
    { name: 'entityId', type: 'text', index: true },
    { name: 'before', type: 'json', admin: { description: 'The changed fields as they were.' } },
    { name: 'after', type: 'json', admin: { description: 'The changed fields as they became.' } },
    { name: 'ip', type: 'text' },
    { name: 'userAgent', type: 'text' },
  ],
}
