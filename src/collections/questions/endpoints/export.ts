import type { Endpoint, Where } from 'payload'
import { z } from 'zod'

import { type AccessUser, readsKeysAnywhere } from '@/access'
import { exportQuestions } from '@/exporters'
import { errorResponse, zodErrorResponse } from '@/lib/zod'
import { questionDrafts } from '@/questions/export/drafts'
import { EXPORT_FORMATS } from '@/questions/types'

const query = z.object({ format: z.enum(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` }) })
const FILE = { gift: ['gift.txt', 'text/plain'], 'moodle-xml': ['xml', 'application/xml'], csv: ['csv', 'text/csv'], json: ['json', 'application/json'] } as const

/**
 * GET /api/v1/questions/export?format=gift|moodle-xml|csv|json&where[...] — the questions the caller
 * can read that match the filter, streamed as a file. Keys included, so staff who read keys only.
 */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Sign in to export questions.')
    if (!readsKeysAnywhere(req.user as AccessUser)) return errorResponse(403, 'Only editors, examiners, instructors and admins can export questions.')
    const parsed = query.safeParse({ format: req.query?.format })
    if (!parsed.success) return zodErrorResponse(parsed.error)
    const where = (req.query?.where ?? {}) as Where
    const [extension, contentType] = FILE[parsed.data.format]
    const chunks = exportQuestions(parsed.data.format, questionDrafts(req.payload, req, where))
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next()
        if (next.done) controller.close()
        else controller.enqueue(encoder.encode(next.value))
      },
    })
    return new Response(body, {
      headers: { 'Content-Type': `${contentType}; charset=utf-8`, 'Content-Disposition': `attachment; filename="questions.${extension}"`, 'Cache-Control': 'no-store' },
    })
  },
}
