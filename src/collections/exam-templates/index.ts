import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { EXAM_MANAGER_ROLES, hasInstitutionRole, institutionsWithRole, isPlatformAdmin, userOf } from '@/access'
import { REVIEW_POLICIES, SCORING_MODES } from '@/engine/policy'
import { checkTemplate } from './hooks/checkTemplate'

/** Examiners and institution admins of the owning institution manage; learners see active papers of their institutions and shared ones. */
const readTemplates: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const managed = institutionsWithRole(user, EXAM_MANAGER_ROLES)
  const memberOf = institutionsWithRole(user)
  const visible: Where[] = [{ and: [{ active: { equals: true } }, { or: [{ shared: { equals: true } }, { institution: { in: memberOf } }] }] }]
  if (managed.length) visible.push({ institution: { in: managed } })
  return { or: visible }
}

const manageTemplates: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const managed = institutionsWithRole(user, EXAM_MANAGER_ROLES)
  return managed.length ? { institution: { in: managed } } : false
}

/** Which questions make up a paper is for its managers: a learner meets them in the session. */
const managersOnly: FieldAccess = ({ req }) => isPlatformAdmin(userOf(req)) || hasInstitutionRole(userOf(req), EXAM_MANAGER_ROLES)

const isFixed = (data: { selection?: string } | undefined) => (data?.selection ?? 'fixed') === 'fixed'

/**
 * A mock exam paper: a fixed ordered list of questions or a blueprint drawn per session, with its
 * time limit, attempt limit, availability window, pass mark, scoring and review policies.
 */
export const ExamTemplates: CollectionConfig = {
  slug: 'exam-templates',
  labels: { singular: 'Exam template', plural: 'Exam templates' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'paper', 'totalQuestions', 'durationMinutes', 'active', 'updatedAt'], group: 'Exams' },
  access: {
    read: readTemplates,
    create: ({ req }) => isPlatformAdmin(userOf(req)) || hasInstitutionRole(userOf(req), EXAM_MANAGER_ROLES),
    update: manageTemplates,
    delete: manageTemplates,
  },
  hooks: { beforeChange: [checkTemplate] },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'e.g. "Exam A, Paper 2".' } },
    {
      type: 'row',
      fields: [
        { name: 'paper', type: 'text', admin: { width: '40%', description: 'e.g. "Paper 1".' } },
        { name: 'durationMinutes', type: 'number', required: true, min: 1, max: 1440, defaultValue: 180, admin: { width: '30%' } },
        { name: 'totalQuestions', type: 'number', admin: { width: '30%', readOnly: true, description: 'From the questions or the blueprint.' } },
      ],
    },
    { name: 'description', type: 'textarea' },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, admin: { position: 'sidebar', description: 'Inactive papers are hidden from learners.' } },
    {
      name: 'shared',
      type: 'checkbox',
      defaultValue: false,
      access: { create: ({ req }) => isPlatformAdmin(userOf(req)), update: ({ req }) => isPlatformAdmin(userOf(req)) },
      admin: { position: 'sidebar', description: 'Shared papers are open to learners of every institution (platform admins decide).' },
    },
    {
      name: 'selection',
      type: 'select',
      required: true,
      defaultValue: 'fixed',
      options: [
        { label: 'Fixed questions, in order', value: 'fixed' },
        { label: 'Blueprint, drawn per session', value: 'blueprint' },
      ],
    },
    {
      name: 'questions',
      type: 'relationship',
      relationTo: 'questions',
      hasMany: true,
      access: { read: managersOnly },
      filterOptions: { _status: { equals: 'published' } },
      admin: { condition: (data) => isFixed(data), description: 'In the order learners see them (unless shuffled).' },
    },
    {
      name: 'blueprint',
      type: 'array',
      access: { read: managersOnly },
      admin: { condition: (data) => !isFixed(data), description: 'Each row draws `count` published questions of a category (and optionally a subcategory and difficulty).' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'category', type: 'relationship', relationTo: 'categories', required: true, filterOptions: { parent: { exists: false } }, admin: { width: '35%' } },
            { name: 'subcategory', type: 'relationship', relationTo: 'categories', filterOptions: { parent: { exists: true } }, admin: { width: '35%' } },
            { name: 'difficulty', type: 'number', min: 1, max: 5, admin: { width: '15%' } },
            { name: 'count', type: 'number', required: true, min: 1, defaultValue: 10, admin: { width: '15%' } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Rules',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'attemptLimit', type: 'number', min: 0, defaultValue: 0, admin: { width: '25%', description: '0 = unlimited.' } },
            { name: 'passMark', type: 'number', min: 0, max: 100, admin: { width: '25%', description: 'Percent needed to pass.' } },
            { name: 'shuffleQuestions', type: 'checkbox', defaultValue: false, admin: { width: '25%' } },
            { name: 'shuffleOptions', type: 'checkbox', defaultValue: false, admin: { width: '25%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'availableFrom', type: 'date', admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'availableUntil', type: 'date', admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        {
          name: 'reviewPolicy',
          type: 'select',
          required: true,
          defaultValue: 'immediate',
          options: REVIEW_POLICIES.map((value) => ({ label: { immediate: 'Right after submitting', 'after-window': 'After the window closes', never: 'Never' }[value], value })),
          admin: { description: 'When learners see correct answers and explanations.' },
        },
        {
          name: 'scoring',
          type: 'group',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'mode', type: 'select', required: true, defaultValue: 'all-or-nothing', options: SCORING_MODES.map((value) => ({ label: value, value })), admin: { width: '40%' } },
                { name: 'negativeMarking', type: 'number', min: 0, max: 1, defaultValue: 0, admin: { width: '30%', step: 0.05, description: 'Fraction of a mark lost per wrong answer.' } },
                { name: 'certaintyBased', type: 'checkbox', defaultValue: false, admin: { width: '30%', description: "Moodle's CBM: learners state their confidence." } },
              ],
            },
          ],
        },
      ],
    },
  ],
}
