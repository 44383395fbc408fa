import type { CollectionConfig, Where } from 'payload'
import path from 'node:path'

import { type AccessUser, CONTENT_AUTHOR_ROLES, institutionsWithRole, isPlatformAdmin, platformAdminOnly } from '@/access'
import { projectRoot } from '@/lib/projectRoot'
import { IMPORT_FORMATS } from '@/questions/types'

export const IMPORT_MAX_BYTES = Number(process.env.IMPORT_MAX_BYTES ?? 50 * 1024 * 1024)

const ownImports = ({ req }: { req: { user?: unknown } }) => {
  const user = req.user as AccessUser
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const institutions = institutionsWithRole(user, CONTENT_AUTHOR_ROLES)
  if (institutions.length === 0) return false
  const visible: Where = { institution: { in: institutions } }
  return visible
}

/**
 * A question-file import: the uploaded file, its options, live progress and the per-question report.
 * Created by POST /api/v1/questions/import; processed by the `importQuestions` job.
 */
export const QuestionImports: CollectionConfig = {
  slug: 'question-imports',
  labels: { singular: 'Question import', plural: 'Question imports' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'format', 'status', 'processed', 'created', 'updated', 'skipped', 'invalid', 'createdAt'], group: 'Question bank' },
  access: { read: ownImports, create: () => false, update: () => false, delete: platformAdminOnly },
  upload: {
    staticDir: process.env.IMPORT_DIR ?? path.join(projectRoot, '.data', 'imports'),
    mimeTypes: ['text/*', 'application/xml', 'application/json', 'application/octet-stream'],
  },
  fields: [
    { name: 'format', type: 'select', required: true, options: IMPORT_FORMATS.map((value) => ({ label: value, value })) },
    { name: 'dryRun', type: 'checkbox', defaultValue: false, admin: { description: 'Check the file and report, writing nothing.' } },
    { name: 'institution', type: 'relationship', relationTo: 'institutions', required: true, index: true },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users' },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      options: ['queued', 'running', 'completed', 'failed'].map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: ['processed', 'created', 'updated', 'skipped', 'invalid'].map((name) => ({ name, type: 'number' as const, defaultValue: 0, admin: { readOnly: true, width: '20%' } })),
    },
    { name: 'startedAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
    { name: 'report', type: 'json', admin: { readOnly: true, description: 'One entry per question: created / updated / skipped / invalid, with the source line or element and the reason.' } },
  ],
}
