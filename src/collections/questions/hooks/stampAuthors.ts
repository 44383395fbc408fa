import type { CollectionBeforeChangeHook } from 'payload'

/** Who wrote and who last changed a question, from the signed-in user (imports pass theirs). */
export const stampAuthors: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const userId = req.user?.id
  if (userId == null) return data
  if (operation === 'create' && data.createdBy == null) data.createdBy = userId
  data.updatedBy = userId
  return data
}
