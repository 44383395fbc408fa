import type { CollectionConfig } from 'payload'

import { createInstitutionContent, platformAdminField, readContentVersions, readInstitutionContent, writeInstitutionContent } from '@/access'
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from '@/questions/types'
import { exportEndpoint } from './endpoints/export'
import { importEndpoint } from './endpoints/import'
import { emqFields, explanationFields, numericalFields, optionsField, shortAnswerFields } from './fields/keys'
import { keepAnsweredQuestions } from './hooks/guardDelete'
import { guardPublishing } from '../shared/guardPublishing'
import { guardKeyQueries } from './hooks/guards'
import { prepareQuestion } from './hooks/prepare'
import { stampAuthors } from './hooks/stampAuthors'
import { validateOnPublish } from './hooks/validateOnPublish'

/**
 * The question bank. Six types; stems and explanations in Lexical; answer keys readable by staff
 * only (field access plus query guards); drafts and versions so answered questions keep their history.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'category', 'difficulty', '_status', 'updatedAt'],
    listSearchableFields: ['stemText', 'externalId'],
    group: 'Question bank',
    description: 'Stems are searchable; filter by category, type, difficulty, status and tag.',
  },
  // Every version is kept (0 = no limit): responses point at the version they answered.
  versions: { drafts: { schedulePublish: false }, maxPerDoc: 0 },
  access: {
    read: readInstitutionContent,
    create: createInstitutionContent,
    update: writeInstitutionContent,
    delete: writeInstitutionContent,
    readVersions: readContentVersions,
  },
  endpoints: [importEndpoint, exportEndpoint],
  hooks: {
    beforeOperation: [guardKeyQueries, guardPublishing('questions')],
    beforeValidate: [prepareQuestion],
    beforeChange: [validateOnPublish, stampAuthors],
    beforeDelete: [keepAnsweredQuestions],
  },
  fields: [
    { name: 'title', type: 'text', index: true, admin: { readOnly: true, description: 'Taken from the stem.' } },
    { name: 'stemText', type: 'textarea', admin: { hidden: true }, access: { create: () => false, update: () => false } },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'sba',
      index: true,
      options: QUESTION_TYPES.map((value) => ({ label: QUESTION_TYPE_LABELS[value], value })),
    },
    { name: 'stem', type: 'richText', required: true },
    ...emqFields,
    optionsField,
    ...shortAnswerFields,
    ...numericalFields,
    ...explanationFields,
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/src/collections/questions/components/QuestionPreview#QuestionPreview' }, disableListColumn: true },
    },
    { name: 'media', type: 'upload', relationTo: 'media', hasMany: true, admin: { description: 'Images, audio or video shown with the stem.' } },
    { name: 'difficulty', type: 'number', min: 1, max: 5, defaultValue: 3, index: true, admin: { position: 'sidebar', step: 1 } },
    { name: 'category', type: 'relationship', relationTo: 'categories', required: true, index: true, filterOptions: { parent: { exists: false } }, admin: { position: 'sidebar' } },
    {
      name: 'subcategory',
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      filterOptions: ({ data }) => (data?.category ? { parent: { equals: data.category } } : { parent: { exists: true } }),
      admin: { position: 'sidebar' },
    },
    { name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'competencies', type: 'relationship', relationTo: 'competencies', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'shared',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: platformAdminField, update: platformAdminField },
      admin: { position: 'sidebar', description: 'Shared questions are visible to every institution (platform admins decide).' },
    },
    { name: 'externalId', type: 'text', index: true, admin: { position: 'sidebar', description: 'Stable id from an import; re-importing updates this question.' } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
    { name: 'updatedBy', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
  ],
}
