import { consumeRecoveryCode, looksLikeRecoveryCode } from './recoveryCodes'
import { verifyTotp } from './totp'

export type SecondFactor = { secret: string | null; recoveryHashes: readonly string[]; lastStep: number | null }

/** What a right code changes: the last accepted time step, or the recovery codes left. */
export type CodeAccepted =
  | { ok: true; by: 'totp'; lastStep: number }
  | { ok: true; by: 'recovery'; recoveryHashes: string[] }
export type CodeCheck = CodeAccepted | { ok: false }

/** Checks a typed code: a TOTP code from the app (once per time step), or one unused recovery code. Pure. */
export function checkSecondFactor(factor: SecondFactor, code: string, appSecret: string, now = Date.now()): CodeCheck {
  if (looksLikeRecoveryCode(code)) {
    const left = consumeRecoveryCode(code, factor.recoveryHashes, appSecret)
    return left ? { ok: true, by: 'recovery', recoveryHashes: left } : { ok: false }
  }
  if (!factor.secret) return { ok: false }
  const step = verifyTotp(factor.secret, code, now, factor.lastStep)
  return step === null ? { ok: false } : { ok: true, by: 'totp', lastStep: step }
}
