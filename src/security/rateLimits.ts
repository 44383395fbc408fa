/** The rate limits, per window. Pure data; `PRACTICA_RATE_LIMIT_SCALE` multiplies every limit (e.g. for load tests). */
export type RateRule = { name: string; limit: number; windowSec: number; message: string }

export const RATE_RULES = {
  loginByIp: { name: 'login-ip', limit: 30, windowSec: 60, message: 'Too many sign-in attempts from this network.' },
  loginByEmail: { name: 'login-email', limit: 10, windowSec: 15 * 60, message: 'Too many sign-in attempts for this account.' },
  registerByIp: { name: 'register-ip', limit: 10, windowSec: 60 * 60, message: 'Too many registrations from this network.' },
  forgotByIp: { name: 'forgot-ip', limit: 10, windowSec: 60 * 60, message: 'Too many password reset requests from this network.' },
  forgotByEmail: { name: 'forgot-email', limit: 5, windowSec: 60 * 60, message: 'Too many password reset requests for this account.' },
  resetByIp: { name: 'reset-ip', limit: 20, windowSec: 60 * 60, message: 'Too many password reset attempts from this network.' },
  mfaByUser: { name: 'mfa-user', limit: 5, windowSec: 15 * 60, message: 'Too many two-step codes for this account.' },
  answers: { name: 'answers', limit: 600, windowSec: 60, message: 'Too many answers in a short time.' },
  sessionStarts: { name: 'session-starts', limit: 60, windowSec: 60, message: 'Too many sessions started in a short time.' },
} satisfies Record<string, RateRule>

export function scaledLimit(rule: RateRule, scale = Number(process.env.PRACTICA_RATE_LIMIT_SCALE ?? 1)): number {
  return Math.max(1, Math.round(rule.limit * (Number.isFinite(scale) && scale > 0 ? scale : 1)))
}

/** The client's address as the nearest proxy reports it (Next.js sets X-Forwarded-For from the socket when no proxy did). */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown'
}
