import type { PayloadRequest } from 'payload'

/** The public origin links in emails point to: PUBLIC_URL, else the origin the request came in on. */
export function publicOrigin(req: PayloadRequest): string {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/$/, '')
  const host = req.headers?.get('x-forwarded-host') ?? req.headers?.get('host')
  const proto = req.headers?.get('x-forwarded-proto') ?? 'http'
  return host ? `${proto}://${host}` : `http://localhost:${process.env.PORT ?? 3000}`
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const layout = (greeting: string, body: string, action: { href: string; label: string }, footer: string) => `<!doctype html>
<html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">
<p>${escape(greeting)}</p>
<p>${body}</p>
<p><a href="${escape(action.href)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">${escape(action.label)}</a></p>
<p style="font-size:13px;color:#4b5563">Or paste this link into your browser: ${escape(action.href)}</p>
<p style="font-size:13px;color:#4b5563">${footer}</p>
</body></html>`

type Recipient = { name?: string | null; email?: string | null }

export const verificationEmail = ({ req, token, user }: { req?: PayloadRequest; token: string; user: Recipient }) =>
  layout(
    `Hello ${user.name ?? user.email ?? ''},`,
    'Welcome to Practica. Please confirm your email address to finish creating your account.',
    { href: `${req ? publicOrigin(req) : ''}/verify-email?token=${encodeURIComponent(token)}`, label: 'Verify my email' },
    'If you did not create an account, you can ignore this email.',
  )

export const passwordResetEmail = ({ req, token, user }: { req?: PayloadRequest; token?: string; user?: Recipient } = {}) =>
  layout(
    `Hello ${user?.name ?? user?.email ?? ''},`,
    'Someone (hopefully you) asked to reset your Practica password. The link is valid for one hour.',
    { href: `${req ? publicOrigin(req) : ''}/reset-password?token=${encodeURIComponent(token ?? '')}`, label: 'Choose a new password' },
    'If you did not ask for this, ignore this email; your password stays the same.',
  )
