import { ValidationError, type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'

import { anyone, platformAdminOnly } from '@/access'
import { slugField } from '@/fields/slug'
import { manageTaxonomy } from './access'

/**
 * Two levels only: a category, or a subcategory whose parent is a top-level category. Also sets
 * `path` ("anatomy-embryology/upper-limb"), unique, so slugs need only be unique under one parent.
 */
const twoLevelsWithPath: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const parentId = data.parent !== undefined ? data.parent : originalDoc?.parent
  const slug = data.slug ?? originalDoc?.slug
  if (!parentId) {
    data.path = slug
    return data
  }
  const id = typeof parentId === 'object' ? parentId.id : parentId
  if (originalDoc?.id != null && String(id) === String(originalDoc.id)) {
    throw new ValidationError({ collection: 'categories', errors: [{ path: 'parent', message: 'A category cannot be its own parent.' }] })
  }
  const parent = await req.payload.findByID({ collection: 'categories', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!parent) throw new ValidationError({ collection: 'categories', errors: [{ path: 'parent', message: 'The parent category does not exist.' }] })
  if (parent.parent) throw new ValidationError({ collection: 'categories', errors: [{ path: 'parent', message: 'Subcategories cannot have subcategories: choose a top-level category.' }] })
  data.path = `${parent.slug}/${slug}`
  return data
}

/** The question-bank taxonomy (seed 000): 25 MRCS-style categories, each with subcategories. */
export const Categories: CollectionConfig = {
  slug: 'categories',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'parent', 'order', 'slug'], group: 'Question bank' },
  defaultSort: 'order',
  access: { read: anyone, create: manageTaxonomy, update: manageTaxonomy, delete: platformAdminOnly },
  hooks: { beforeValidate: [twoLevelsWithPath] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { ...slugField('name', { unique: false }) },
    { name: 'parent', type: 'relationship', relationTo: 'categories', index: true, filterOptions: { parent: { exists: false } }, admin: { position: 'sidebar', description: 'Leave empty for a top-level category.' } },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    { name: 'description', type: 'textarea', maxLength: 2000 },
    {
      name: 'path',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'category-slug/subcategory-slug' },
      validate: (value: unknown) => (typeof value === 'string' && value.length > 0 ? true : 'A category needs a slug.'),
    },
    { name: 'subcategories', type: 'join', collection: 'categories', on: 'parent', defaultSort: 'order' },
    { name: 'questions', type: 'join', collection: 'questions', on: 'category', defaultLimit: 20, admin: { defaultColumns: ['title', 'type', 'difficulty', '_status'] } },
  ],
}
