import { Secret, TOTP } from 'otpauth'

/** RFC 6238 codes as every authenticator app computes them: SHA-1, 6 digits, 30-second steps. */
const PERIOD = 30
const DIGITS = 6
/** One step either side, for clocks a little apart. */
const WINDOW = 1

const totpFor = (secret: string, label = '', issuer = 'Practica') =>
  new TOTP({ issuer, label, algorithm: 'SHA1', digits: DIGITS, period: PERIOD, secret: Secret.fromBase32(secret) })

/** A new shared secret (160 random bits, base32), as RFC 4226 recommends. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

/** The otpauth:// address an authenticator app reads from a QR code. */
export const otpauthUrl = (secret: string, account: string, issuer = 'Practica'): string => totpFor(secret, account, issuer).toString()

/** The code for a moment (what an authenticator app shows then). */
export const totpCode = (secret: string, at: number = Date.now()): string => totpFor(secret).generate({ timestamp: at })

/** The time step a moment falls in. */
export const totpStep = (at: number = Date.now()): number => Math.floor(at / 1000 / PERIOD)

/** A code as people type it: digits only ("123 456" and "123-456" are "123456"). */
export const normaliseCode = (code: string): string => code.replace(/[\s-]/g, '')

/**
 * The time step a code belongs to, or null when it is wrong. A code is accepted once: `usedStep` is
 * the step of the last code accepted, and a code of that step or earlier is refused (a replay).
 */
export function verifyTotp(secret: string, code: string, at: number = Date.now(), usedStep: number | null = null): number | null {
  const token = normaliseCode(code)
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(token)) return null
  const delta = totpFor(secret).validate({ token, timestamp: at, window: WINDOW })
  if (delta === null) return null
  const step = totpStep(at) + delta
  return usedStep !== null && step <= usedStep ? null : step
}
