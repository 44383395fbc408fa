import type { Endpoint } from 'payload'

import { type AccessUser, administersPerson, institutionsWithRole } from '@/access'
import { idParam } from '@/lib/ids'
import { me } from '@/endpoints/privacy'
import { errorResponse } from '@/lib/zod'
import { eraseUser } from '@/privacy/erase'
import { clientAddress } from '@/security/rateLimits'

/** POST /api/v1/users/{id}/erase — a platform admin, or an institution admin of every institution the person belongs to. */
export const eraseUserByAdmin: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    const caller = me(req)
    if (!caller) return errorResponse(401, 'Sign in first.')
    const id = idParam.safeParse(req.routeParams?.id)
    if (!id.success) return errorResponse(404, 'No such user.')
    const target = await req.payload.findByID({ collection: 'users', id: id.data, depth: 0, overrideAccess: true, disableErrors: true })
    if (!target) return errorResponse(404, 'No such user.')
    const administered = institutionsWithRole(caller, ['institution-admin']).map(String)
    const theirs = institutionsWithRole(target as unknown as AccessUser).map(String)
    if (!administersPerson(caller, target as unknown as AccessUser)) return errorResponse(403, 'Only a platform admin, or an admin of every institution this person belongs to, can erase them.')
    const institution = theirs.find((i) => administered.includes(i))
    await eraseUser(req.payload, id.data, { id: caller.id as number, email: (caller as { email?: string }).email ?? '', ip: clientAddress(req.headers), institution: institution ? Number(institution) : null })
    return Response.json({ message: `User ${id.data} has been erased.` })
  },
}
