import type { CollectionConfig } from 'payload'

import { authenticated, platformAdminOnly } from '@/access'
import { manageTaxonomy } from './access'

/**
 * Competencies questions can evidence (e.g. "Interpret a trauma series radiograph"). The competency
 * issue builds frameworks, rubrics and sign-off on top of this collection.
 */
export const Competencies: CollectionConfig = {
  slug: 'competencies',
  admin: { useAsTitle: 'title', defaultColumns: ['code', 'title', 'framework'], group: 'Question bank' },
  access: { read: authenticated, create: manageTaxonomy, update: manageTaxonomy, delete: platformAdminOnly },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, maxLength: 40, admin: { description: 'e.g. MRCS-A-12 or GMC-OP-3.' } },
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    { name: 'framework', type: 'text', maxLength: 120, admin: { description: 'The curriculum or framework it comes from.' } },
    { name: 'description', type: 'textarea', maxLength: 2000 },
  ],
}
