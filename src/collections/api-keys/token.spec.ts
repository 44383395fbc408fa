import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { displayPrefix, generateApiKey, hashApiKey, isWellFormedApiKey, sameHash } from './token'

describe('API key tokens', () => {
  it('generates distinct, well-formed keys', () => {
    const keys = new Set(Array.from({ length: 200 }, generateApiKey))
    expect(keys.size).toBe(200)
    for (const key of keys) expect(isWellFormedApiKey(key)).toBe(true)
  })

  it('rejects anything else, including JWT-looking values', () => {
    for (const value of ['', 'prk_short', 'Bearer x', 'eyJhbGciOiJIUzI1NiJ9.e30.sig', null, 42]) expect(isWellFormedApiKey(value)).toBe(false)
  })

  it('hashes with the secret: same key and secret agree, a different secret does not', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (key, secret) => {
        expect(sameHash(hashApiKey(key, secret), hashApiKey(key, secret))).toBe(true)
        expect(hashApiKey(key, secret)).not.toBe(hashApiKey(key, secret + 'x'))
      }),
    )
  })

  it('keeps a short display prefix only', () => {
    const key = generateApiKey()
    expect(displayPrefix(key)).toHaveLength(12)
    expect(key.startsWith(displayPrefix(key))).toBe(true)
  })
})
