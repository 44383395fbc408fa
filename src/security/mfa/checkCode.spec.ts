import { describe, expect, it } from 'vitest'

import { checkSecondFactor } from './checkCode'
import { hashRecoveryCode, newRecoveryCodes } from './recoveryCodes'
import { newTotpSecret, totpCode } from './totp'

const APP = 'app-secret'

describe('checking a second factor', () => {
  const secret = newTotpSecret()
  const codes = newRecoveryCodes()
  const factor = { secret, recoveryHashes: codes.map((c) => hashRecoveryCode(c, APP)), lastStep: null }
  const now = 1_800_000_000_000

  it('accepts the app’s code and reports the step to remember', () => {
    const result = checkSecondFactor(factor, totpCode(secret, now), APP, now)
    expect(result).toEqual({ ok: true, by: 'totp', lastStep: Math.floor(now / 30_000) })
    if (result.ok && result.by === 'totp') expect(checkSecondFactor({ ...factor, lastStep: result.lastStep }, totpCode(secret, now), APP, now)).toEqual({ ok: false })
  })

  it('accepts a recovery code and reports the codes left', () => {
    const result = checkSecondFactor(factor, codes[0], APP, now)
    expect(result.ok && result.by === 'recovery' && result.recoveryHashes.length).toBe(codes.length - 1)
  })

  it('refuses wrong codes, and app codes when no seed is kept', () => {
    expect(checkSecondFactor(factor, '000000' === totpCode(secret, now) ? '111111' : '000000', APP, now)).toEqual({ ok: false })
    expect(checkSecondFactor(factor, 'aaaaa-bbbbb', APP, now)).toEqual({ ok: false })
    expect(checkSecondFactor({ ...factor, secret: null }, totpCode(secret, now), APP, now)).toEqual({ ok: false })
  })
})
