import fs from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { errorResponse } from '@/lib/zod'

/**
 * GET /media/file/{filename}: Payload answers a file missing from local disk with a 500; for the
 * caller that is simply "no such file" (404). Payload's own handler still decides access first.
 */
export const missingFileIs404 = (staticDir: string): Endpoint => ({
  path: '/file/:filename',
  method: 'get',
  custom: { internal: true },
  handler: async (req) => {
    const own = (req.payload.collections.media.config.endpoints || []).find((e) => e.path === '/file/:filename' && e.method === 'get' && !e.custom?.internal)
    if (!own) throw new Error("Payload's file endpoint is missing")
    const response = await own.handler(req)
    if (response.status !== 500) return response
    const filename = String(req.routeParams?.filename ?? '')
    const file = path.resolve(staticDir, filename)
    const exists = file.startsWith(path.resolve(staticDir) + path.sep) && (await fs.stat(file).then(() => true, () => false))
    return exists ? response : errorResponse(404, 'No such file.')
  },
})
