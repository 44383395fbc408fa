import type { CollectionConfig } from 'payload'

import { type AccessUser, isPlatformAdmin } from '@/access'
import { issueKey, revealIssuedKeyOnly } from './hooks'
import { generateApiKey } from './token'

const ownOrPlatformAdmin = ({ req }: { req: { user?: unknown } }) => {
  const user = req.user as AccessUser
  if (!user) return false
  return isPlatformAdmin(user) ? true : { user: { equals: user.id } }
}

/**
 * API keys for integrations (seed 003's API tokens). The key is shown once, when created,
 * and stored only as an HMAC; requests send it as `Authorization: Bearer prk_…` or `X-API-Key`.
 */
export const ApiKeys: CollectionConfig = {
  slug: 'api-keys',
  labels: { singular: 'API key', plural: 'API keys' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'prefix', 'user', 'lastUsedAt', 'expiresAt', 'revoked'], group: 'People' },
  access: {
    create: ({ req }) => Boolean(req.user),
    read: ownOrPlatformAdmin,
    update: ownOrPlatformAdmin,
    delete: ownOrPlatformAdmin,
  },
  hooks: { beforeChange: [issueKey], afterRead: [revealIssuedKeyOnly] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, admin: { description: 'What the key is for, e.g. "Hospital LMS sync".' } },
    {
      name: 'key',
      type: 'text',
      virtual: true,
      defaultValue: () => generateApiKey(),
      access: { update: () => false },
      admin: {
        readOnly: true,
        condition: (data) => !data?.id,
        description: 'Copy this key now: it is shown only once and cannot be read back after saving.',
      },
    },
    { name: 'prefix', type: 'text', index: true, admin: { readOnly: true, description: 'The first characters of the key, to tell keys apart.' }, access: { create: () => false, update: () => false } },
    { name: 'hash', type: 'text', index: true, unique: true, hidden: true, access: { read: () => false, create: () => false, update: () => false } },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      defaultValue: ({ user }) => user?.id,
      access: { update: () => false },
      admin: { position: 'sidebar', description: 'Requests made with this key act as this user.' },
    },
    { name: 'expiresAt', type: 'date', admin: { position: 'sidebar' } },
    { name: 'revoked', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'lastUsedAt', type: 'date', admin: { position: 'sidebar', readOnly: true }, access: { create: () => false, update: () => false } },
  ],
}
