import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { validateQuestionKey } from '@/questions/validate'

/** Drafts may be incomplete; a published question must meet its type's rules (clear message per field). */
export const validateOnPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data._status !== 'published') return data
  const problems = validateQuestionKey(data)
  if (problems.length > 0) throw new ValidationError({ collection: 'questions', errors: problems }, req.t)
  return data
}
