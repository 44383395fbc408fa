import { describe, expect, it } from 'vitest'

import { enrolmentToken, enrolmentTokenUser, verifyEnrolmentToken } from './enrolmentToken'

const NOW = 1_800_000_000_000

describe('enrolment tokens', () => {
  it('name their user and verify for ten minutes', () => {
    const token = enrolmentToken(42, 'salt-a', 'secret', NOW)
    expect(enrolmentTokenUser(token)).toBe(42)
    expect(verifyEnrolmentToken(token, 42, 'salt-a', 'secret', NOW + 9 * 60_000)).toBe(true)
    expect(verifyEnrolmentToken(token, 42, 'salt-a', 'secret', NOW + 11 * 60_000)).toBe(false)
  })

  it('do not verify for another user, after a password change, with another secret, or altered', () => {
    const token = enrolmentToken(42, 'salt-a', 'secret', NOW)
    expect(verifyEnrolmentToken(token, 43, 'salt-a', 'secret', NOW)).toBe(false)
    expect(verifyEnrolmentToken(token, 42, 'salt-b', 'secret', NOW)).toBe(false)
    expect(verifyEnrolmentToken(token, 42, 'salt-a', 'other', NOW)).toBe(false)
    const [id, expires, sig] = token.split('.')
    expect(verifyEnrolmentToken(`${id}.${Number(expires) + 60_000}.${sig}`, 42, 'salt-a', 'secret', NOW)).toBe(false)
    expect(verifyEnrolmentToken('42.x.y', 42, 'salt-a', 'secret', NOW)).toBe(false)
    expect(enrolmentTokenUser('nonsense')).toBeNull()
  })
})
