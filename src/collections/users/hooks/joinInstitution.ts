import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/**
 * Self-registration: `joinInstitution` (an institution slug) makes the new account a learner
 * there, provided the institution accepts self-registration. Registrants never choose roles.
 */
export const joinInstitution: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const slug = data.joinInstitution
  delete data.joinInstitution
  if (operation !== 'create' || slug == null || slug === '') return data
  const found = await req.payload.find({
    collection: 'institutions',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { and: [{ slug: { equals: String(slug) } }, { selfRegistration: { equals: true } }, { active: { equals: true } }] },
  })
  const institution = found.docs[0]
  if (!institution) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: `No institution "${String(slug)}" accepts self-registration.`, path: 'joinInstitution' }],
    })
  }
  data.memberships = [{ institution: institution.id, roles: ['learner'] }]
  return data
}
