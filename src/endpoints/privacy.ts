import type { Endpoint, PayloadRequest } from 'payload'
import { zipSync, strToU8 } from 'fflate'
import { z } from 'zod'

import type { AccessUser } from '@/access'
import { errorResponse, zodErrorResponse } from '@/lib/zod'
import { eraseUser } from '@/privacy/erase'
import { personalData } from '@/privacy/exportData'

export const me = (req: PayloadRequest) => (req.user && req.user.collection === 'users' ? (req.user as unknown as NonNullable<AccessUser> & { id: number; email: string }) : null)

/** GET /api/v1/me/export — everything Practica holds about the caller, as JSON files in a zip. */
export const exportMyData: Endpoint = {
  path: '/me/export',
  method: 'get',
  handler: async (req) => {
    const user = me(req)
    if (!user) return errorResponse(401, 'Sign in to export your data.')
    const files = await personalData(req.payload, user.id)
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, value]) => [name, strToU8(typeof value === 'string' ? value : JSON.stringify(value, null, 2))])))
    return new Response(zip, {
      headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="practica-data-${user.id}.zip"`, 'Cache-Control': 'no-store' },
    })
  },
}

const confirmation = z.strictObject({ password: z.string().min(1, 'Confirm with your password.') })

/** DELETE /api/v1/me {password} — erases the caller's personal data (see src/privacy/erase.ts for the policy). */
export const eraseMe: Endpoint = {
  path: '/me',
  method: 'delete',
  handler: async (req) => {
    const user = me(req)
    if (!user) return errorResponse(401, 'Sign in to erase your account.')
    let body: unknown = {}
    try {
      const text = typeof req.text === 'function' ? await req.text() : ''
      body = text ? JSON.parse(text) : {}
    } catch {
      return errorResponse(400, 'The request body is not valid JSON.')
    }
    const parsed = confirmation.safeParse(body)
    if (!parsed.success) return zodErrorResponse(parsed.error)
    const ok = await req.payload.login({ collection: 'users', data: { email: user.email, password: parsed.data.password }, context: { passwordCheck: true } }).then(() => true, () => false)
    if (!ok) return errorResponse(403, 'The password is not right; nothing was erased.', 'password')
    await eraseUser(req.payload, user.id, { id: user.id, email: user.email })
    return Response.json({ message: 'Your personal data has been erased and you have been signed out.' })
  },
}
