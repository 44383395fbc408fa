import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'

import { type AccessUser, isPlatformAdmin } from '@/access'
import { ForbiddenBecause } from '@/lib/errors'
import { displayPrefix, generateApiKey, hashApiKey, isWellFormedApiKey } from './token'

/** On create: accept the form's generated key (or make one), store its hash, remember the plaintext for this response only. */
export const issueKey: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') {
    delete data.key
    return data
  }
  const actor = req.user as AccessUser
  if (actor && !isPlatformAdmin(actor) && data.user != null && String(data.user) !== String(actor.id)) {
    throw new ForbiddenBecause('You can create API keys only for yourself.', 'user')
  }
  const key = isWellFormedApiKey(data.key) ? data.key : generateApiKey()
  delete data.key
  data.hash = hashApiKey(key, req.payload.secret)
  data.prefix = displayPrefix(key)
  req.context.issuedApiKey = key
  return data
}

/** The plaintext key appears in the create response and nowhere else (reads would otherwise show a fresh default). */
export const revealIssuedKeyOnly: CollectionAfterReadHook = ({ doc, req }) => {
  if (typeof req.context.issuedApiKey === 'string' && doc.prefix === req.context.issuedApiKey.slice(0, 12)) {
    doc.key = req.context.issuedApiKey
  } else {
    delete doc.key
  }
  return doc
}
