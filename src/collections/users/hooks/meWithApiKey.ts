import type { CollectionConfig } from 'payload'

type MeHook = NonNullable<NonNullable<CollectionConfig['hooks']>['me']>[number]

/**
 * `GET /users/me` treats any `Authorization: Bearer …` value as a JWT to report its expiry.
 * API keys are not JWTs: answer for them here, so the key's owner is returned.
 */
export const meWithApiKey: MeHook = ({ user }) =>
  user && (user as { _strategy?: string })._strategy === 'practica-api-key' ? { exp: 0, user } : undefined
