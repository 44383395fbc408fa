import type { CollectionConfig } from 'payload'

import { platformAdminOnly } from '@/access'
import { updateInstitution, readInstitutions } from './access'
import { timezoneField } from '@/fields/timezone'

/** Institutions are the tenants: universities, hospitals, academies. Everything a learner does belongs to one. */
export const Institutions: CollectionConfig = {
  slug: 'institutions',
  labels: { singular: 'Institution', plural: 'Institutions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'kind', 'selfRegistration', 'active'],
    group: 'People',
  },
  access: {
    create: platformAdminOnly,
    read: readInstitutions,
    update: updateInstitution,
    delete: platformAdminOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : 'Use lowercase letters, digits and single hyphens (e.g. "st-elsewhere").',
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'university',
      options: [
        { label: 'University', value: 'university' },
        { label: 'Hospital / trust', value: 'hospital' },
        { label: 'Medical school', value: 'school' },
        { label: 'Academy / training provider', value: 'academy' },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 2000 },
    { name: 'country', type: 'text', maxLength: 2, admin: { description: 'ISO 3166-1 alpha-2 code, e.g. GB.' } },
    timezoneField({ name: 'timezone', defaultValue: 'Europe/London' }),
    { name: 'contactEmail', type: 'email' },
    {
      name: 'selfRegistration',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Allow people to register themselves as learners of this institution.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
}
