import type { Endpoint } from 'payload'
import { z } from 'zod'

import { type AccessUser, hasInstitutionRole, isPlatformAdmin } from '@/access'
import { clientError } from '@/endpoints/engine/handler'
import { RequestError } from '@/lib/errors'
import { errorResponse } from '@/lib/zod'
import { exportStatements } from '../xapi/export'

const DAY = 86_400_000
const query = z
  .object({
    since: z.coerce.date({ message: 'since must be a date or time (ISO 8601).' }).optional(),
    until: z.coerce.date({ message: 'until must be a date or time (ISO 8601).' }).optional(),
    institution: z.coerce.number({ message: 'institution must be an institution id.' }).int().positive('institution must be an institution id.').optional(),
  })
  .transform((q) => {
    const until = q.until ?? new Date()
    return { ...q, until, since: q.since ?? new Date(until.getTime() - 30 * DAY) }
  })
  .refine((q) => q.since < q.until, { message: 'since must be before until.', path: ['since'] })
  .refine((q) => q.until.getTime() - q.since.getTime() <= 366 * DAY, { message: 'Export at most 366 days at a time.', path: ['since'] })

/**
 * GET /analytics/xapi: learning records as xAPI statements (JSON lines). The caller's own, or with
 * ?institution= (its institution admins, platform admins) every learner's of that institution.
 */
export const xapiExportEndpoint: Endpoint = {
  path: '/analytics/xapi',
  method: 'get',
  handler: async (req) => {
    try {
      if (!req.user) return errorResponse(401, 'Sign in to export learning records.')
      const user = req.user as unknown as AccessUser & { id: number }
      const q = query.parse(req.query ?? {})
      if (q.institution !== undefined && !isPlatformAdmin(user) && !hasInstitutionRole(user, ['institution-admin'], q.institution)) {
        throw new RequestError(403, 'Only the institution’s admins export its learning records.', 'institution')
      }
      const scope = { userId: q.institution === undefined ? user.id : null, institutionId: q.institution ?? null, since: q.since, until: q.until }
      return new Response(exportStatements(req.payload, scope), {
        headers: {
          'Content-Type': 'application/x-ndjson; charset=utf-8',
          'Content-Disposition': `attachment; filename="xapi-statements-${q.since.toISOString().slice(0, 10)}-${q.until.toISOString().slice(0, 10)}.jsonl"`,
          'Cache-Control': 'no-store',
        },
      })
    } catch (error) {
      return clientError(error)
    }
  },
}
