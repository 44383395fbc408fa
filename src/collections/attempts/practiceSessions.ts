import type { CollectionConfig, Field } from 'payload'

import { nobody, platformAdminOnly } from '@/access'
import { updatedAtWithoutIndex } from '@/fields/timestamps'
import { ownOrInstitutionActivity } from './access'

const counter = (name: string): Field => ({ name, type: 'number', defaultValue: 0, admin: { readOnly: true, width: '25%' } })

/** Fields practice and exam sessions share: who, where, which question versions, when, how well. */
export const sessionFields = (extra: { closedStatus: 'completed' | 'submitted'; results: Field[] }): Field[] => [
  { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
  { name: 'status', type: 'select', required: true, defaultValue: 'open', index: true, options: ['open', extra.closedStatus].map((value) => ({ label: value, value })), admin: { readOnly: true, position: 'sidebar' } },
  { name: 'seed', type: 'text', admin: { readOnly: true, description: 'Replays the same draw from the same bank.' } },
  { name: 'questionIds', type: 'json', admin: { readOnly: true, description: 'Question ids, in the order delivered.' } },
  { name: 'questionVersions', type: 'json', admin: { readOnly: true, description: 'The question version delivered for each question (aligned with questionIds).' } },
  { type: 'row', fields: [counter('questionCount'), counter('answered'), counter('correct'), { name: 'scorePercent', type: 'number', admin: { readOnly: true, width: '25%' } }] },
  { type: 'row', fields: [counter('score'), counter('maxScore'), counter('timeSpentSec')] },
  { name: 'startedAt', type: 'date', required: true, index: true, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ...extra.results,
  updatedAtWithoutIndex,
]

/** A learner's practice session. Written only by the attempt engine (POST /api/v1/practice/sessions…). */
export const PracticeSessions: CollectionConfig = {
  slug: 'practice-sessions',
  labels: { singular: 'Practice session', plural: 'Practice sessions' },
  admin: { defaultColumns: ['id', 'user', 'status', 'questionCount', 'answered', 'scorePercent', 'startedAt'], group: 'Learning activity' },
  access: { read: ownOrInstitutionActivity(), create: nobody, update: nobody, delete: platformAdminOnly },
  fields: sessionFields({
    closedStatus: 'completed',
    results: [
      { name: 'config', type: 'json', admin: { readOnly: true, description: 'Categories, subcategories, filters and whether explanations are shown.' } },
      { name: 'completedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    ],
  }),
}
