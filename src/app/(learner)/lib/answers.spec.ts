import { describe, expect, it } from 'vitest'

import { answerFields, draftFrom, emptyDraft, hasAnswer } from './answers'
import type { LearnerQuestion, QuestionType } from './types'

const question = (type: QuestionType): LearnerQuestion => ({
  id: 1,
  version: 1,
  type,
  title: '',
  stem: null,
  stem_text: '',
  difficulty: null,
  category: null,
  subcategory: null,
  media: [],
})

describe('answer drafts', () => {
  it('sends each type in the field the API takes', () => {
    expect(answerFields(question('sba'), { ...emptyDraft, selected: ['a'] })).toEqual({ selected_option_ids: ['a'] })
    expect(answerFields(question('emq'), { ...emptyDraft, matches: { s1: 'a', s2: '' } })).toEqual({ matches: { s1: 'a' } })
    expect(answerFields(question('numerical'), { ...emptyDraft, text: ' 45 ' })).toEqual({ answer: '45' })
  })

  it('knows an empty draft from an answer', () => {
    expect(hasAnswer(question('multiple-response'), emptyDraft)).toBe(false)
    expect(hasAnswer(question('emq'), { ...emptyDraft, matches: { s1: '' } })).toBe(false)
    expect(hasAnswer(question('short-answer'), { ...emptyDraft, text: '  ' })).toBe(false)
    expect(hasAnswer(question('short-answer'), { ...emptyDraft, text: 'oxalate' })).toBe(true)
  })

  it('reads a stored answer back', () => {
    expect(draftFrom({ selected_option_ids: ['b'] })).toEqual({ selected: ['b'], matches: {}, text: '' })
    expect(draftFrom(undefined)).toEqual(emptyDraft)
  })
})
