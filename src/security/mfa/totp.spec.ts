import { describe, expect, it } from 'vitest'

import { newTotpSecret, otpauthUrl, totpCode, totpStep, verifyTotp } from './totp'

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" (base32 below); 8-digit values end in these 6 digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const RFC_VECTORS: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1234567890, '005924'],
  [2000000000, '279037'],
]

describe('TOTP (RFC 6238)', () => {
  it('computes the RFC test vectors', () => {
    for (const [seconds, code] of RFC_VECTORS) expect(totpCode(RFC_SECRET, seconds * 1000)).toBe(code)
  })

  it('accepts the current code and one step either side, not two', () => {
    const secret = newTotpSecret()
    const now = 1_800_000_000_000
    expect(verifyTotp(secret, totpCode(secret, now), now)).toBe(totpStep(now))
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), now)).toBe(totpStep(now) - 1)
    expect(verifyTotp(secret, totpCode(secret, now + 30_000), now)).toBe(totpStep(now) + 1)
    expect(verifyTotp(secret, totpCode(secret, now - 90_000), now)).toBeNull()
  })

  it('refuses a code of a step already used (a replay), and earlier steps', () => {
    const secret = newTotpSecret()
    const now = 1_800_000_000_000
    const code = totpCode(secret, now)
    const step = verifyTotp(secret, code, now)!
    expect(verifyTotp(secret, code, now, step)).toBeNull()
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), now, step)).toBeNull()
    expect(verifyTotp(secret, totpCode(secret, now + 30_000), now, step)).toBe(step + 1)
  })

  it('takes codes typed with spaces or a dash, and refuses anything but six digits', () => {
    const secret = newTotpSecret()
    const now = Date.now()
    const code = totpCode(secret, now)
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).not.toBeNull()
    expect(verifyTotp(secret, `${code.slice(0, 3)}-${code.slice(3)}`, now)).not.toBeNull()
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code}0`]) expect(verifyTotp(secret, bad, now)).toBeNull()
  })

  it('makes distinct 160-bit secrets and an otpauth address apps can read', () => {
    const a = newTotpSecret()
    expect(a).toMatch(/^[A-Z2-7]{32}$/)
    expect(newTotpSecret()).not.toBe(a)
    const url = new URL(otpauthUrl(a, 'editor@practica.test'))
    expect(url.protocol).toBe('otpauth:')
    expect(url.searchParams.get('secret')).toBe(a)
    expect(url.searchParams.get('issuer')).toBe('Practica')
    expect(decodeURIComponent(url.pathname)).toContain('editor@practica.test')
  })
})
