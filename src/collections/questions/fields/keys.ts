import type { Field } from 'payload'

import { keyFieldRead } from '@/access'

const when = (...types: string[]) => (data: { type?: string } | undefined) => types.includes(data?.type ?? '')

/** Option list of SBA, multiple response, true/false and EMQ. Correctness, weights and feedback are keys. */
export const optionsField: Field = {
  name: 'options',
  type: 'array',
  labels: { singular: 'Option', plural: 'Options' },
  admin: { condition: when('sba', 'multiple-response', 'true-false', 'emq'), initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', admin: { readOnly: true, width: '10%', description: 'Set from the order.' } },
        { name: 'text', type: 'textarea', required: true, admin: { width: '90%', rows: 2 } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'isCorrect', type: 'checkbox', defaultValue: false, access: { read: keyFieldRead }, admin: { width: '30%', condition: (data) => data?.type !== 'emq' } },
        { name: 'fraction', type: 'number', min: -1, max: 1, access: { read: keyFieldRead }, admin: { width: '30%', step: 0.05, description: 'Partial credit (-1 to 1); empty: 1 if correct, 0 if not.' } },
      ],
    },
    { name: 'feedback', type: 'textarea', access: { read: keyFieldRead }, admin: { rows: 2, description: 'Shown after answering, for this option.' } },
  ],
}

export const emqFields: Field[] = [
  { name: 'emqTheme', type: 'text', label: 'Theme', admin: { condition: when('emq'), description: 'e.g. "Nerve injuries of the upper limb".' } },
  {
    name: 'emqStems',
    type: 'array',
    label: 'Stems',
    labels: { singular: 'Stem', plural: 'Stems' },
    admin: { condition: when('emq') },
    fields: [
      { name: 'prompt', type: 'textarea', required: true, admin: { rows: 2 } },
      { name: 'answer', type: 'text', access: { read: keyFieldRead }, admin: { description: 'Letter of the matching option.' } },
    ],
  },
]

export const shortAnswerFields: Field[] = [
  {
    name: 'acceptedAnswers',
    type: 'array',
    access: { read: keyFieldRead },
    admin: { condition: when('short-answer'), description: 'Compared ignoring case (unless case-sensitive) and extra spaces.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'text', type: 'text', required: true, admin: { width: '60%' } },
          { name: 'fraction', type: 'number', min: 0, max: 1, defaultValue: 1, admin: { width: '20%' } },
        ],
      },
      { name: 'feedback', type: 'textarea', admin: { rows: 2 } },
    ],
  },
  { name: 'caseSensitive', type: 'checkbox', defaultValue: false, admin: { condition: when('short-answer') } },
]

export const numericalFields: Field[] = [
  {
    name: 'numericalAnswers',
    type: 'array',
    access: { read: keyFieldRead },
    admin: { condition: when('numerical'), description: 'Either a value ± tolerance, or a minimum and maximum.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'value', type: 'number', admin: { width: '25%' } },
          { name: 'tolerance', type: 'number', min: 0, defaultValue: 0, admin: { width: '25%' } },
          { name: 'min', type: 'number', admin: { width: '25%' } },
          { name: 'max', type: 'number', admin: { width: '25%' } },
        ],
      },
      { name: 'fraction', type: 'number', min: 0, max: 1, defaultValue: 1 },
      { name: 'feedback', type: 'textarea', admin: { rows: 2 } },
    ],
  },
  { name: 'unit', type: 'text', maxLength: 30, admin: { condition: when('numerical'), description: 'e.g. mmol/L' } },
]

/** Explanation and references are part of the key until the engine decides they are due. */
export const explanationFields: Field[] = [
  { name: 'explanation', type: 'richText', access: { read: keyFieldRead } },
  {
    name: 'references',
    type: 'array',
    access: { read: keyFieldRead },
    labels: { singular: 'Reference', plural: 'References' },
    fields: [
      { name: 'citation', type: 'text', required: true, admin: { description: 'e.g. NICE NG39, Bailey & Love 28th ed. ch. 31.' } },
      { name: 'url', type: 'text', validate: (v: unknown) => v == null || v === '' || /^https?:\/\/\S+$/.test(String(v)) || 'Use a full http(s) address.' },
    ],
  },
]

/** The paths a learner must never read, query or sort by. */
export const PROTECTED_PATHS = [
  'options.isCorrect',
  'options.fraction',
  'options.feedback',
  'emqStems.answer',
  'acceptedAnswers',
  'numericalAnswers',
  'explanation',
  'references',
] as const
