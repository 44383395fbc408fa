import type { CollectionSlug, Payload } from 'payload'

import { MFA_SECRET_FIELDS } from '@/collections/users/mfa/fields'
import { pluginPersonalData } from '@/extensions/personalData'

/** What Practica holds about one person, collection by collection (secrets left out). */
const SOURCES: { file: string; collection: CollectionSlug; field: string }[] = [
  { file: 'practice-sessions.json', collection: 'practice-sessions', field: 'user' },
  { file: 'exam-sessions.json', collection: 'exam-sessions', field: 'user' },
  { file: 'responses.json', collection: 'responses', field: 'user' },
  { file: 'api-keys.json', collection: 'api-keys', field: 'user' },
  { file: 'question-imports.json', collection: 'question-imports', field: 'requestedBy' },
]

const SECRET_FIELDS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', '_verificationToken', 'sessions', 'loginAttempts', 'lockUntil', ...MFA_SECRET_FIELDS]

/** Everything about the user as named JSON documents (the export endpoint zips them). */
export async function personalData(payload: Payload, userId: number): Promise<Record<string, unknown>> {
  const profile = (await payload.findByID({ collection: 'users', id: userId, depth: 1, overrideAccess: true, showHiddenFields: true })) as unknown as Record<string, unknown>
  for (const field of SECRET_FIELDS) delete profile[field]
  const files: Record<string, unknown> = { 'profile.json': profile }
  for (const source of SOURCES) {
    const found = await payload.find({ collection: source.collection, where: { [source.field]: { equals: userId } }, depth: 0, pagination: false, overrideAccess: true })
    files[source.file] = found.docs.map((doc) => {
      const copy = { ...(doc as unknown as Record<string, unknown>) }
      delete copy.hash
      return copy
    })
  }
  const fromPlugins = await pluginPersonalData(payload, userId)
  Object.assign(files, fromPlugins)
  files['README.txt'] =
    'Your data in Practica, as JSON: profile.json (account and memberships), practice-sessions.json, exam-sessions.json, ' +
    'responses.json (every answer you gave, with its grade), api-keys.json (names and dates; never the keys) and question-imports.json (files you imported)' +
    (Object.keys(fromPlugins).length ? `; and from the platform's plugins: ${Object.keys(fromPlugins).join(', ')}.` : '.')
  return files
}
