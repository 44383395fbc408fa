import type { CollectionConfig } from 'payload'

import { nobody, platformAdminOnly } from '@/access'
import { updatedAtWithoutIndex } from '@/fields/timestamps'
import { ownOrInstitutionActivity } from './access'

/**
 * One row per session × question: the learner's answer, the question version it answered, and its
 * grade. Written only by the attempt engine. Learners read their own practice responses here; exam
 * responses reach them through the exam review, which follows the paper's review policy.
 */
export const Responses: CollectionConfig = {
  slug: 'responses',
  labels: { singular: 'Response', plural: 'Responses' },
  admin: { defaultColumns: ['id', 'user', 'question', 'kind', 'isCorrect', 'score', 'answeredAt'], group: 'Learning activity' },
  access: { read: ownOrInstitutionActivity({ kind: { equals: 'practice' } }), create: nobody, update: nobody, delete: platformAdminOnly },
  // A learner's history per question (unseen first, incorrect only, flagged only).
  indexes: [{ fields: ['user', 'question', 'answeredAt'] }],
  fields: [
    { name: 'slot', type: 'text', required: true, unique: true, admin: { readOnly: true, description: 'kind:session:question — one response per question per session.' } },
    { name: 'kind', type: 'select', required: true, index: true, options: ['practice', 'exam'].map((value) => ({ label: value, value })), admin: { readOnly: true } },
    { name: 'practiceSession', type: 'relationship', relationTo: 'practice-sessions', index: true, admin: { readOnly: true } },
    { name: 'examSession', type: 'relationship', relationTo: 'exam-sessions', index: true, admin: { readOnly: true } },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    { name: 'question', type: 'relationship', relationTo: 'questions', index: true, admin: { readOnly: true } },
    { name: 'questionVersion', type: 'number', required: true, admin: { readOnly: true, description: 'The question version answered.' } },
    { name: 'category', type: 'relationship', relationTo: 'categories', index: true, admin: { readOnly: true } },
    { name: 'subcategory', type: 'relationship', relationTo: 'categories', admin: { readOnly: true } },
    { name: 'response', type: 'json', admin: { readOnly: true, description: 'Selected option ids, EMQ matches or the typed answer.' } },
    {
      type: 'row',
      fields: [
        { name: 'answered', type: 'checkbox', defaultValue: false, admin: { readOnly: true, width: '20%' } },
        { name: 'isCorrect', type: 'checkbox', defaultValue: false, admin: { readOnly: true, width: '20%' } },
        { name: 'score', type: 'number', defaultValue: 0, admin: { readOnly: true, width: '20%' } },
        { name: 'maxScore', type: 'number', defaultValue: 1, admin: { readOnly: true, width: '20%' } },
        { name: 'flagged', type: 'checkbox', defaultValue: false, admin: { readOnly: true, width: '20%' } },
      ],
    },
    { name: 'confidence', type: 'select', options: ['low', 'medium', 'high'].map((value) => ({ label: value, value })), admin: { readOnly: true } },
    { name: 'timeSpentSec', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'answeredAt', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    updatedAtWithoutIndex,
  ],
}
