import type { AuthStrategy } from 'payload'

import { hashApiKey, isWellFormedApiKey } from '@/collections/api-keys/token'

const LAST_USED_GRANULARITY_MS = 5 * 60 * 1000

function presentedKey(headers: Headers): string | null {
  const bearer = headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1]
  const candidate = bearer ?? headers.get('x-api-key')
  return isWellFormedApiKey(candidate) ? candidate : null
}

/** Authenticate integrations by API key; the request then acts as the key's owner. */
export const apiKeyStrategy: AuthStrategy = {
  name: 'practica-api-key',
  authenticate: async ({ headers, payload }) => {
    const key = presentedKey(headers)
    if (!key) return { user: null }
    const found = await payload.find({
      collection: 'api-keys',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      where: {
        and: [
          { hash: { equals: hashApiKey(key, payload.secret) } },
          { revoked: { not_equals: true } },
          { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
        ],
      },
    })
    const record = found.docs[0]
    if (!record) return { user: null }
    const userId = typeof record.user === 'object' ? record.user.id : record.user
    const user = await payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: userId, overrideAccess: true })
    if (!user) return { user: null }
    const lastUsed = record.lastUsedAt ? Date.parse(record.lastUsedAt) : 0
    if (Date.now() - lastUsed > LAST_USED_GRANULARITY_MS) {
      await payload.db.updateOne({ collection: 'api-keys', data: { lastUsedAt: new Date().toISOString() }, id: record.id, returning: false })
    }
    return { user: { ...user, collection: 'users', _strategy: 'practica-api-key' } }
  },
}
