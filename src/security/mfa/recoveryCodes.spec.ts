import { describe, expect, it } from 'vitest'

import { consumeRecoveryCode, hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, RECOVERY_CODE_COUNT } from './recoveryCodes'

const SECRET = 'test-secret'

describe('recovery codes', () => {
  it('are ten distinct codes in an unambiguous alphabet', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of codes) {
      expect(c).toMatch(/^[a-hj-km-np-z2-9]{5}-[a-hj-km-np-z2-9]{5}$/)
      expect(looksLikeRecoveryCode(c)).toBe(true)
    }
    expect(looksLikeRecoveryCode('123456')).toBe(false)
  })

  it('each works once, typed in any case and spacing; a stranger’s hash list does not take it', () => {
    const codes = newRecoveryCodes()
    const hashes = codes.map((c) => hashRecoveryCode(c, SECRET))
    const left = consumeRecoveryCode(` ${codes[3].toUpperCase().replace('-', ' ')} `, hashes, SECRET)
    expect(left).toHaveLength(RECOVERY_CODE_COUNT - 1)
    expect(consumeRecoveryCode(codes[3], left!, SECRET)).toBeNull()
    expect(consumeRecoveryCode(codes[4], left!, SECRET)).toHaveLength(RECOVERY_CODE_COUNT - 2)
    expect(consumeRecoveryCode(codes[4], hashes, 'another-secret')).toBeNull()
  })

  it('are stored only as keyed hashes', () => {
    const [code] = newRecoveryCodes(1)
    const hash = hashRecoveryCode(code, SECRET)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain(code.replace('-', ''))
  })
})
