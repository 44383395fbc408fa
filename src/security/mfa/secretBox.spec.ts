import { describe, expect, it } from 'vitest'

import { open, seal } from './secretBox'

describe('secret box (AES-256-GCM)', () => {
  it('opens what it sealed, and each seal differs', () => {
    const a = seal('JBSWY3DPEHPK3PXP', 'app-secret', 'mfa-totp')
    const b = seal('JBSWY3DPEHPK3PXP', 'app-secret', 'mfa-totp')
    expect(a).not.toBe(b)
    expect(a).not.toContain('JBSWY3DPEHPK3PXP')
    expect(open(a, 'app-secret', 'mfa-totp')).toBe('JBSWY3DPEHPK3PXP')
  })

  it('refuses another app secret, another purpose, tampering and garbage', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP', 'app-secret', 'mfa-totp')
    expect(open(sealed, 'other-secret', 'mfa-totp')).toBeNull()
    expect(open(sealed, 'app-secret', 'other-purpose')).toBeNull()
    const [v, iv, body, tag] = sealed.split('.')
    const flipped = body.slice(0, -2) + (body.at(-2) === 'A' ? 'B' : 'A') + body.at(-1)
    expect(open([v, iv, flipped, tag].join('.'), 'app-secret', 'mfa-totp')).toBeNull()
    for (const junk of ['', 'v1', 'v2.a.b.c', 'not a box']) expect(open(junk, 'app-secret', 'mfa-totp')).toBeNull()
  })
})
