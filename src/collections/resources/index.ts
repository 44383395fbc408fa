import type { CollectionConfig } from 'payload'

import { createInstitutionContent, platformAdminField, readContentVersions, readInstitutionContent, writeInstitutionContent } from '@/access'
import { guardPublishing } from '../shared/guardPublishing'
import { listFilters, RESOURCE_KINDS, stampPublishedAt, urlOrFile } from './hooks'

/**
 * Study resources (seed 000): videos, seminars, articles and documents, by category, with a featured
 * flag for the dashboard's "high-yield resources". Editors publish them; learners see published ones
 * of their institutions and shared ones. `GET /api/v1/resources?featured=true&category=<slug>&kind=video`.
 */
export const Resources: CollectionConfig = {
  slug: 'resources',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'category', 'featured', '_status', 'published_at'],
    listSearchableFields: ['title', 'author', 'description'],
    group: 'Content',
    description: 'Videos, seminars, articles and documents learners study from. Featured ones appear on the dashboard.',
  },
  defaultSort: '-published_at',
  versions: { drafts: { schedulePublish: false }, maxPerDoc: 20 },
  access: {
    read: readInstitutionContent,
    create: createInstitutionContent,
    update: writeInstitutionContent,
    delete: writeInstitutionContent,
    readVersions: readContentVersions,
  },
  hooks: {
    beforeOperation: [listFilters, guardPublishing('resources')],
    beforeValidate: [urlOrFile],
    beforeChange: [stampPublishedAt],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, index: true },
    { name: 'kind', type: 'select', required: true, defaultValue: 'article', index: true, options: RESOURCE_KINDS.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })) },
    { name: 'author', type: 'text', maxLength: 120 },
    { name: 'description', type: 'textarea', maxLength: 2000 },
    {
      name: 'url',
      type: 'text',
      maxLength: 2000,
      admin: { description: 'Where the resource lives (https://…). Leave empty when you upload the file instead.' },
    },
    { name: 'file', type: 'upload', relationTo: 'media', admin: { description: 'An uploaded document, recording or video, instead of a link.' } },
    { name: 'thumbnail', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    { name: 'duration_sec', type: 'number', min: 0, max: 86_400, admin: { position: 'sidebar', description: 'Running or reading time in seconds.' } },
    { name: 'category', type: 'relationship', relationTo: 'categories', index: true, filterOptions: { parent: { exists: false } }, admin: { position: 'sidebar' } },
    {
      name: 'subcategory',
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      filterOptions: ({ data }) => (data?.category ? { parent: { equals: data.category } } : { parent: { exists: true } }),
      admin: { position: 'sidebar' },
    },
    { name: 'featured', type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar', description: 'Shown among the high-yield resources on learners’ dashboards.' } },
    { name: 'published_at', type: 'date', index: true, admin: { position: 'sidebar', description: 'Set when first published.' } },
    {
      name: 'shared',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: platformAdminField, update: platformAdminField },
      admin: { position: 'sidebar', description: 'Shared resources are visible to every institution (platform admins decide).' },
    },
  ],
}
