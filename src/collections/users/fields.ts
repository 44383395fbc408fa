import type { Field } from 'payload'

import { PLATFORM_ROLES, ROLE_LABELS, platformAdminField } from '@/access'
import { timezoneField } from '@/fields/timezone'

export const LOCALES = ['en', 'en-GB', 'en-US', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ar'] as const

/** Profile fields from the seeds (000, 003, 004): display name, avatar, time zone, locale, bio, notification preferences. */
export const profileFields: Field[] = [
  { name: 'name', type: 'text', required: true, maxLength: 120, admin: { description: 'Display name.' } },
  { name: 'avatar', type: 'upload', relationTo: 'media' },
  { name: 'bio', type: 'textarea', maxLength: 2000 },
  {
    type: 'row',
    fields: [
      timezoneField({ name: 'timezone', defaultValue: 'UTC', admin: { width: '50%', description: 'Study days and deadlines are shown in this time zone.' } }),
      { name: 'locale', type: 'select', defaultValue: 'en', options: LOCALES.map((value) => ({ label: value, value })), admin: { width: '50%' } },
    ],
  },
  {
    name: 'notificationPreferences',
    type: 'group',
    fields: [
      { name: 'email', type: 'checkbox', defaultValue: true, label: 'Email notifications' },
      { name: 'inApp', type: 'checkbox', defaultValue: true, label: 'In-app notifications' },
      {
        name: 'digest',
        type: 'select',
        defaultValue: 'weekly',
        options: [
          { label: 'Off', value: 'off' },
          { label: 'Daily', value: 'daily' },
          { label: 'Weekly', value: 'weekly' },
        ],
      },
      { name: 'studyReminders', type: 'checkbox', defaultValue: true },
      { name: 'examReminders', type: 'checkbox', defaultValue: true },
      { name: 'announcements', type: 'checkbox', defaultValue: true },
      { name: 'assessmentUpdates', type: 'checkbox', defaultValue: true, label: 'Assessment and grading updates' },
    ],
  },
]

/** Platform-wide roles: only platform admins grant them; registrants cannot set them. */
export const platformRolesField: Field = {
  name: 'roles',
  type: 'select',
  hasMany: true,
  defaultValue: [],
  saveToJWT: true,
  options: PLATFORM_ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
  access: { create: platformAdminField, update: platformAdminField },
  admin: { position: 'sidebar', description: 'Platform-wide roles. Institution roles are set under Memberships.' },
}

/** Registration only: the slug of an institution open for self-registration; never stored. */
export const joinInstitutionField: Field = {
  name: 'joinInstitution',
  type: 'text',
  virtual: true,
  admin: { hidden: true },
}

export const lastLoginField: Field = {
  name: 'lastLoginAt',
  type: 'date',
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  access: { create: () => false, update: () => false },
}
