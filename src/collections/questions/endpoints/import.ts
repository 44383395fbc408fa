import type { Endpoint } from 'payload'
import { z } from 'zod'

import { type AccessUser, CONTENT_AUTHOR_ROLES, hasInstitutionRole, institutionsWithRole, isPlatformAdmin } from '@/access'
import { IMPORT_MAX_BYTES } from '@/collections/question-imports'
import { idParam } from '@/lib/ids'
import { errorResponse, zodErrorResponse } from '@/lib/zod'
import { IMPORT_FORMATS } from '@/questions/types'

const fields = z.object({
  format: z.enum(IMPORT_FORMATS, { message: `format must be one of ${IMPORT_FORMATS.join(', ')}` }),
  dryRun: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
  institution: idParam.optional(),
})

/**
 * POST /api/v1/questions/import (multipart: file, format, dryRun?, institution?) → 202 with the
 * import document; a job does the work and the document shows progress and the report.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const user = req.user as AccessUser
    if (!user) return errorResponse(401, 'Sign in to import questions.')
    if (!isPlatformAdmin(user) && !hasInstitutionRole(user, CONTENT_AUTHOR_ROLES)) return errorResponse(403, 'Only editors and admins can import questions.')
    const length = Number(req.headers.get('content-length') ?? 0)
    if (length > IMPORT_MAX_BYTES) return errorResponse(413, `The file is larger than the ${Math.round(IMPORT_MAX_BYTES / 1024 / 1024)} MB import limit.`, 'file')
    const form = await req.formData?.().catch(() => null)
    if (!form) return errorResponse(400, 'Send the file as multipart/form-data with a "file" part.', 'file')
    const file = form.get('file')
    if (!(file instanceof Blob) || file.size === 0) return errorResponse(400, 'Attach a non-empty question file as "file".', 'file')
    if (file.size > IMPORT_MAX_BYTES) return errorResponse(413, `The file is larger than the ${Math.round(IMPORT_MAX_BYTES / 1024 / 1024)} MB import limit.`, 'file')
    const parsed = fields.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')))
    if (!parsed.success) return zodErrorResponse(parsed.error)
    const own = institutionsWithRole(user, CONTENT_AUTHOR_ROLES)
    const institution = parsed.data.institution ?? (own[0] != null ? Number(own[0]) : undefined)
    if (institution == null) return errorResponse(400, 'Say which institution the questions belong to.', 'institution')
    if (!isPlatformAdmin(user) && !own.some((id) => String(id) === String(institution))) return errorResponse(403, 'You can import only into institutions where you are an editor.', 'institution')

    const name = 'name' in file && typeof file.name === 'string' && file.name ? file.name : `import.${parsed.data.format}.txt`
    const data = Buffer.from(await file.arrayBuffer())
    const doc = await req.payload.create({
      collection: 'question-imports',
      data: { format: parsed.data.format, dryRun: parsed.data.dryRun, institution, requestedBy: user.id as number, status: 'queued' },
      file: { data, mimetype: 'text/plain', name, size: data.length },
      overrideAccess: true,
      depth: 0,
    })
    await req.payload.jobs.queue({ task: 'importQuestions', queue: 'imports', input: { importId: doc.id } })
    return Response.json({ id: doc.id, status: doc.status, format: doc.format, dryRun: doc.dryRun, poll: `/api/v1/question-imports/${doc.id}` }, { status: 202 })
  },
}
