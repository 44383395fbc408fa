import { describe, expect, it } from 'vitest'

import { changedFields, withoutSecrets } from './diff'

describe('audit diff', () => {
  it('keeps only the fields that changed, before and after', () => {
    const d = changedFields({ id: 1, title: 'A', difficulty: 3, updatedAt: 'x' }, { id: 1, title: 'B', difficulty: 3, updatedAt: 'y' })
    expect(d).toEqual({ fields: ['title'], before: { title: 'A' }, after: { title: 'B' } })
  })
  it('compares related documents by id, whether populated or not', () => {
    expect(changedFields({ category: 4 }, { category: { id: 4, name: 'Urology', updatedAt: 't' } }).fields).toEqual([])
    expect(changedFields({ category: 4 }, { category: { id: 5, name: 'Neuro', updatedAt: 't' } }).fields).toEqual(['category'])
  })
  it('sees a change inside an array row (rows have ids but are not documents)', () => {
    expect(changedFields({ options: [{ id: 'a', isCorrect: true }] }, { options: [{ id: 'a', isCorrect: false }] }).fields).toEqual(['options'])
  })
  it('never records secrets', () => {
    const d = changedFields({ hash: 'a', salt: 'b', name: 'X' }, { hash: 'c', salt: 'd', name: 'Y', password: 'p' })
    expect(d.fields).toEqual(['name'])
    expect(withoutSecrets({ name: 'N', hash: 'h', sessions: [], resetPasswordToken: 't' })).toEqual({ name: 'N' })
  })
  it('describes a creation and a deletion', () => {
    expect(changedFields(null, { title: 'New' })).toEqual({ fields: ['title'], before: null, after: { title: 'New' } })
    expect(changedFields({ title: 'Old' }, null)).toEqual({ fields: ['title'], before: { title: 'Old' }, after: null })
  })
})
