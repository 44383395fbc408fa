import type { CollectionConfig } from 'payload'

import { nobody, platformAdminOnly } from '@/access'

/**
 * The first result of each POST sent with an Idempotency-Key header, per user, so a retried request
 * returns it instead of acting twice. Rows older than a day are removed by the engine's housekeeping job.
 */
export const IdempotencyKeys: CollectionConfig = {
  slug: 'idempotency-keys',
  admin: { hidden: true },
  access: { read: platformAdminOnly, create: nobody, update: nobody, delete: platformAdminOnly },
  fields: [
    { name: 'scope', type: 'text', required: true, unique: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true },
    { name: 'route', type: 'text', required: true },
    { name: 'requestHash', type: 'text', required: true },
    { name: 'status', type: 'number' },
    { name: 'body', type: 'json' },
  ],
}
