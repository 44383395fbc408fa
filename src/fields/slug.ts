import type { TextField } from 'payload'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Anatomy & Embryology" → "anatomy-embryology". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** A URL-safe slug, filled from `from` when left empty. */
export const slugField = (from: string, overrides: { unique?: boolean } = {}): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: overrides.unique ?? true,
  admin: { position: 'sidebar', description: `Filled from the ${from} when left empty.` },
  hooks: {
    beforeValidate: [({ value, siblingData }) => (typeof value === 'string' && value !== '' ? value : typeof siblingData?.[from] === 'string' ? slugify(siblingData[from]) : value)],
  },
  validate: (value: unknown) => (typeof value === 'string' && SLUG_PATTERN.test(value) ? true : 'Use lowercase letters, digits and single hyphens.'),
})
