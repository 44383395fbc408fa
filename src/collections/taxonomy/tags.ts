import type { CollectionConfig } from 'payload'

import { authenticated, platformAdminOnly } from '@/access'
import { slugField } from '@/fields/slug'
import { manageTaxonomy } from './access'

export const Tags: CollectionConfig = {
  slug: 'tags',
  admin: { useAsTitle: 'name', group: 'Question bank' },
  access: { read: authenticated, create: manageTaxonomy, update: manageTaxonomy, delete: platformAdminOnly },
  fields: [{ name: 'name', type: 'text', required: true, unique: true, maxLength: 80 }, slugField('name')],
}
