import { describe, expect, it } from 'vitest'

import { dataErrorsAreClientErrors, requireSaneRequest } from './requestShape'

const users = { slug: 'users', auth: {}, fields: [{ type: 'email', name: 'email' }, { type: 'text', name: 'name' }, { type: 'number', name: 'age' }] }
const call = (operation: string, args: Record<string, unknown>) =>
  (requireSaneRequest as (a: unknown) => unknown)({ args: { ...args, collection: { config: users } }, operation, collection: users })

describe('request shape guard', () => {
  it('lets sane reads and writes through', () => {
    expect(() => call('read', { id: '42' })).not.toThrow()
    expect(() => call('create', { data: { email: 'a@b.c', name: 'A', password: 'x', age: 'not checked here' } })).not.toThrow()
    expect(() => call('update', { id: 7, data: { name: null } })).not.toThrow()
    expect(() => call('read', {})).not.toThrow()
  })

  it('answers 404 for ids PostgreSQL integers cannot hold', () => {
    for (const id of ['2147483648', 0, -1, 'abc', '1.5']) expect(() => call('read', { id }), String(id)).toThrow(expect.objectContaining({ status: 404 }))
    expect(() => call('delete', { id: 2 ** 40 })).toThrow(expect.objectContaining({ status: 404 }))
  })

  it('answers 400 for a body that is not an object, and for non-text values of text fields and the password', () => {
    for (const data of [false, 3, 'text', [], null]) expect(() => call('create', { data }), JSON.stringify(data)).toThrow(expect.objectContaining({ status: 400 }))
    expect(() => call('create', { data: { email: {} } })).toThrow(/email must be text/)
    expect(() => call('update', { id: 1, data: { password: [] } })).toThrow(/password must be text/)
  })

  it('turns the database’s complaints about request values into 400s, and nothing else', () => {
    const wrapped = (code: string) => Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('pg'), { code }) })
    expect(dataErrorsAreClientErrors({ error: wrapped('22003') } as never)).toMatchObject({ status: 400 })
    expect(dataErrorsAreClientErrors({ error: wrapped('2201X') } as never)).toMatchObject({ status: 400 })
    expect(dataErrorsAreClientErrors({ error: wrapped('23505') } as never)).toBeUndefined()
    expect(dataErrorsAreClientErrors({ error: new Error('plain') } as never)).toBeUndefined()
  })
})
