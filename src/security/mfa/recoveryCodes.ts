import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

/** Ten single-use codes of 10 characters from an unambiguous alphabet (≈ 50 bits each), shown once. */
export const RECOVERY_CODE_COUNT = 10
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

export const newRecoveryCodes = (count = RECOVERY_CODE_COUNT): string[] =>
  Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })

/** As people type them: case, spaces and dashes do not matter. */
const normalise = (code: string) => code.toLowerCase().replace(/[\s-]/g, '')

/** Stored form: a keyed hash, so a database copy cannot be used to sign in. */
export const hashRecoveryCode = (code: string, appSecret: string): string =>
  createHmac('sha256', appSecret).update(`mfa-recovery:${normalise(code)}`).digest('hex')

/** The stored hashes left after using `code`, or null when it is not one of them. */
export function consumeRecoveryCode(code: string, hashes: readonly string[], appSecret: string): string[] | null {
  const given = Buffer.from(hashRecoveryCode(code, appSecret), 'hex')
  const index = hashes.findIndex((hash) => {
    const stored = Buffer.from(hash, 'hex')
    return stored.length === given.length && timingSafeEqual(stored, given)
  })
  return index === -1 ? null : hashes.filter((_, i) => i !== index)
}

/** Whether a typed code looks like a recovery code rather than a 6-digit TOTP code. */
export const looksLikeRecoveryCode = (code: string): boolean => /^[a-z2-9]{10}$/.test(normalise(code))
