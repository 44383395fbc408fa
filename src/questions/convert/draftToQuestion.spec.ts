import { describe, expect, it } from 'vitest'

import type { QuestionDraft } from '../types'
import { validateQuestionKey } from '../validate'
import { draftToQuestionFields, questionToDraft } from './draftToQuestion'

const base = { stemHtml: '<p>Stem</p>', categoryPath: ['Anatomy & Embryology', 'Upper limb'], tags: ['nerves'], references: [{ citation: 'Last’s Anatomy, 13th ed.' }], media: [] }
const drafts: QuestionDraft[] = [
  { ...base, externalId: 'x:1', type: 'sba', difficulty: 2, options: [{ key: 'a', text: 'Radial', correct: false, fraction: 0 }, { key: 'b', text: 'Ulnar', correct: true, fraction: 1, feedback: 'Yes' }] },
  { ...base, externalId: 'x:2', type: 'multiple-response', options: [{ key: 'a', text: 'A', correct: true, fraction: 0.5 }, { key: 'b', text: 'B', correct: true, fraction: 0.5 }, { key: 'c', text: 'C', correct: false, fraction: -0.5 }] },
  { ...base, externalId: 'x:3', type: 'emq', options: [{ key: 'a', text: 'Radial', correct: false, fraction: 0 }, { key: 'b', text: 'Ulnar', correct: false, fraction: 0 }], emq: { theme: 'Nerves', stems: [{ text: 'Wrist drop', correctKey: 'a' }, { text: 'Claw hand', correctKey: 'b' }] } },
  { ...base, externalId: 'x:4', type: 'short-answer', options: [], shortAnswer: { caseSensitive: false, answers: [{ text: 'Axillary', fraction: 1 }, { text: 'Circumflex', fraction: 0.5 }] } },
  { ...base, externalId: 'x:5', type: 'numerical', options: [], numerical: { unit: 'mL', answers: [{ value: 4800, tolerance: 50, fraction: 1 }] } },
]

describe('drafts ↔ question documents', () => {
  it.each(drafts.map((d) => [d.type, d] as const))('%s survives the round trip and validates', (_type, draft) => {
    const fields = draftToQuestionFields(draft)
    expect(validateQuestionKey(fields)).toEqual([])
    const back = questionToDraft({ ...fields, id: 1, difficulty: fields.difficulty }, { stemHtml: draft.stemHtml, explanationHtml: '', categoryPath: draft.categoryPath, tags: draft.tags })
    expect(back).toEqual({ ...draft, difficulty: draft.difficulty ?? 3 })
  })

  it('keys EMQ stems by option letter', () => {
    expect(draftToQuestionFields(drafts[2]).emqStems).toEqual([{ prompt: 'Wrist drop', answer: 'A' }, { prompt: 'Claw hand', answer: 'B' }])
  })

  it('turns a stored range into value ± half-width', () => {
    const draft = questionToDraft({ id: 9, type: 'numerical', numericalAnswers: [{ min: 4, max: 6, fraction: 1 }] }, { stemHtml: '', explanationHtml: '', categoryPath: [], tags: [] })
    expect(draft.numerical?.answers[0]).toEqual({ value: 5, tolerance: 1, fraction: 1 })
    expect(draft.externalId).toBe('practica:9')
  })
})
