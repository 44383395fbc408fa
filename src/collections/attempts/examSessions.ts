import type { CollectionConfig } from 'payload'

import { nobody, platformAdminOnly } from '@/access'
import { ownOrInstitutionActivity } from './access'
import { sessionFields } from './practiceSessions'

/** A learner's sitting of an exam template. Written only by the attempt engine (POST /api/v1/exams/sessions…). */
export const ExamSessions: CollectionConfig = {
  slug: 'exam-sessions',
  labels: { singular: 'Exam session', plural: 'Exam sessions' },
  admin: { defaultColumns: ['id', 'user', 'template', 'status', 'scorePercent', 'passed', 'startedAt'], group: 'Learning activity' },
  access: { read: ownOrInstitutionActivity(), create: nobody, update: nobody, delete: platformAdminOnly },
  indexes: [{ fields: ['user', 'template'] }],
  fields: sessionFields({
    closedStatus: 'submitted',
    results: [
      { name: 'template', type: 'relationship', relationTo: 'exam-templates', required: true, index: true, admin: { readOnly: true } },
      { name: 'attemptNumber', type: 'number', admin: { readOnly: true, position: 'sidebar' } },
      { name: 'deadline', type: 'date', required: true, index: true, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'submittedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'autoSubmitted', type: 'checkbox', defaultValue: false, admin: { readOnly: true, position: 'sidebar', description: 'Submitted by the server at the deadline.' } },
      { name: 'passed', type: 'checkbox', admin: { readOnly: true, position: 'sidebar' } },
      { name: 'durationSec', type: 'number', admin: { readOnly: true, description: 'Wall-clock time from start to submission.' } },
      { name: 'optionOrder', type: 'json', admin: { readOnly: true, description: 'Shuffled option order per question, when the paper shuffles options.' } },
      { name: 'policy', type: 'json', admin: { readOnly: true, description: "The template's rules when the session started." } },
    ],
  }),
}
