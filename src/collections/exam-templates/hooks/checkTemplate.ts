import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

type TemplateData = {
  selection?: 'fixed' | 'blueprint'
  questions?: unknown[] | null
  blueprint?: { count?: number | null }[] | null
  availableFrom?: string | null
  availableUntil?: string | null
  totalQuestions?: number | null
}

/** A paper needs questions (or blueprint rows) and a window that ends after it starts; its size is derived. */
export const checkTemplate: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc as TemplateData | undefined), ...(data as TemplateData) }
  const errors: { message: string; path: string }[] = []
  if ((merged.selection ?? 'fixed') === 'fixed') {
    const count = merged.questions?.length ?? 0
    if (count === 0) errors.push({ path: 'questions', message: 'A fixed paper needs at least one question.' })
    data.totalQuestions = count
    data.blueprint = []
  } else {
    const rows = merged.blueprint ?? []
    if (rows.length === 0) errors.push({ path: 'blueprint', message: 'A blueprint needs at least one row.' })
    data.totalQuestions = rows.reduce((sum, row) => sum + (row.count ?? 0), 0)
    data.questions = []
  }
  if (merged.availableFrom && merged.availableUntil && new Date(merged.availableUntil) <= new Date(merged.availableFrom)) {
    errors.push({ path: 'availableUntil', message: 'The window must close after it opens.' })
  }
  if (errors.length) throw new ValidationError({ collection: 'exam-templates', errors }, req.t)
  return data
}
