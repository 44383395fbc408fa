import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/**
 * Authenticated encryption (AES-256-GCM) for secrets kept in the database, such as TOTP seeds: a
 * copy of the database alone does not reveal them. The key is derived from the app secret.
 */
const keyFrom = (appSecret: string, purpose: string): Buffer => Buffer.from(hkdfSync('sha256', appSecret, 'practica', purpose, 32))

export function seal(plain: string, appSecret: string, purpose: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(appSecret, purpose), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
}

/** The plain text, or null when the box was sealed with another secret or purpose, or tampered with. */
export function open(sealed: string, appSecret: string, purpose: string): string | null {
  const [version, iv, body, tag] = sealed.split('.')
  if (version !== 'v1' || !iv || !body || !tag) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(appSecret, purpose), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
