import type { CollectionConfig } from 'payload'

import { canUseAdmin, createUsers, deleteUsers, readUsers, unlockUsers, updateUsers } from './access'
import { passwordResetEmail, verificationEmail } from './emails'
import { joinInstitutionField, lastLoginField, platformRolesField, profileFields } from './fields'
import { eraseUserByAdmin } from './endpoints/erase'
import { rateLimitedAuthEndpoints } from './endpoints/rateLimited'
import { explainLockout } from './hooks/explainLockout'
import { guardPrivileges } from './hooks/guardPrivileges'
import { joinInstitution } from './hooks/joinInstitution'
import { meWithApiKey } from './hooks/meWithApiKey'
import { recordLogin } from './hooks/recordLogin'
import { apiKeyStrategy } from './strategies/apiKey'
import { jwtWithUserCache } from './strategies/jwtUserCache'
import { secondFactorAtSignIn } from './mfa/atSignIn'
import { mfaEndpoints } from './mfa/endpoints'
import { mfaFields } from './mfa/fields'

export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_TIME_MS = 15 * 60 * 1000

/**
 * People. Institution memberships (institution + roles) are added by the multi-tenant plugin
 * (see payload.config.ts); platform roles live here.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'lastLoginAt'],
    group: 'People',
  },
  auth: {
    // Every authenticated request reads the user: ids only (memberships' institutions, avatar), not
    // populated documents. Clients that want them populated ask /users/me?depth=1.
    depth: 0,
    verify: {
      generateEmailHTML: verificationEmail,
      generateEmailSubject: () => 'Confirm your Practica account',
    },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailHTML: passwordResetEmail,
      generateEmailSubject: () => 'Reset your Practica password',
    },
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_TIME_MS,
    tokenExpiration: 2 * 60 * 60,
    useSessions: true,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.PUBLIC_URL?.startsWith('https://') === true },
    // Before Payload's own JWT strategy, which then only sees tokens this one refused (and refuses them too).
    strategies: [apiKeyStrategy, jwtWithUserCache()],
  },
  access: {
    admin: canUseAdmin,
    create: createUsers,
    read: readUsers,
    update: updateUsers,
    delete: deleteUsers,
    unlock: unlockUsers,
  },
  endpoints: [...rateLimitedAuthEndpoints, eraseUserByAdmin, ...mfaEndpoints],
  hooks: {
    beforeOperation: [guardPrivileges, explainLockout],
    beforeChange: [joinInstitution],
    beforeLogin: [secondFactorAtSignIn],
    afterLogin: [recordLogin],
    me: [meWithApiKey],
  },
  fields: [...profileFields, platformRolesField, joinInstitutionField, lastLoginField, ...mfaFields],
}
