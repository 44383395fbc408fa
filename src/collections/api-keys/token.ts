import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const API_KEY_PREFIX = 'prk_'
const KEY_PATTERN = /^prk_[A-Za-z0-9_-]{40,64}$/

/** A new integration key: `prk_` + 256 random bits, URL-safe. */
export const generateApiKey = (): string => API_KEY_PREFIX + randomBytes(32).toString('base64url')

export const isWellFormedApiKey = (value: unknown): value is string => typeof value === 'string' && KEY_PATTERN.test(value)

/** Keys are stored only as a keyed hash; the plaintext is shown once, at creation. */
export const hashApiKey = (key: string, secret: string): string => createHmac('sha256', secret).update(key).digest('hex')

/** The first characters, kept so owners can tell their keys apart. */
export const displayPrefix = (key: string): string => key.slice(0, 12)

export const sameHash = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
