import type { CollectionBeforeValidateHook } from 'payload'

import { stemTitle } from '@/questions/convert/stemTitle'
import { optionLabel } from '@/questions/validate'

type Option = { label?: string; text?: string; isCorrect?: boolean }

/** Letters options by position, gives true/false questions their two options, and titles the question from its stem. */
export const prepareQuestion: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const type = data.type ?? originalDoc?.type
  if (type === 'true-false' && (!Array.isArray(data.options) || data.options.length === 0) && !originalDoc?.options?.length) {
    data.options = [{ text: 'True', isCorrect: false }, { text: 'False', isCorrect: false }]
  }
  if (Array.isArray(data.options)) data.options = (data.options as Option[]).map((option, i) => ({ ...option, label: optionLabel(i) }))
  if (data.stem) Object.assign(data, stemTitle(data.stem))
  return data
}
