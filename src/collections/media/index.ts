import type { CollectionConfig, Where } from 'payload'
import path from 'node:path'

import { type AccessUser, institutionsWithRole, isPlatformAdmin, QUESTION_DRAFTER_ROLES } from '@/access'
import { projectRoot } from '@/lib/projectRoot'
import { limitUploadSize } from './limits'
import { missingFileIs404 } from './missingFile'

export const MEDIA_MAX_BYTES = 50 * 1024 * 1024

/**
 * A file is changed or removed by whoever uploaded it, by content staff of an institution the uploader
 * belongs to, and by platform admins — never by another institution's staff.
 */
const ownerOrStaff = ({ req }: { req: { user?: unknown } }) => {
  const user = req.user as AccessUser
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const own: Where = { uploadedBy: { equals: user.id } }
  const staffOf = institutionsWithRole(user, QUESTION_DRAFTER_ROLES)
  return staffOf.length ? { or: [own, { 'uploadedBy.memberships.institution': { in: staffOf } }] } : own
}

/** Images, audio, video and PDFs: avatars, question media, resources. Local disk unless S3_BUCKET is set. */
const MEDIA_DIR = process.env.MEDIA_DIR ?? path.join(projectRoot, '.data', 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'uploadedBy'] },
  access: {
    create: ({ req }) => Boolean(req.user),
    read: ({ req }) => Boolean(req.user),
    update: ownerOrStaff,
    delete: ownerOrStaff,
  },
  hooks: { beforeOperation: [limitUploadSize] },
  endpoints: [missingFileIs404(MEDIA_DIR)],
  upload: {
    staticDir: MEDIA_DIR,
    mimeTypes: ['image/*', 'audio/*', 'video/*', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', maxLength: 300, admin: { description: 'Describe the image for screen readers.' } },
    { name: 'caption', type: 'textarea', maxLength: 1000 },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      defaultValue: ({ user }) => user?.id,
      access: { update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
