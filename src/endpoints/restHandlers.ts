import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withCommonErrorShape } from '@/lib/errorShape'

type Context = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

const wrap =
  (handler: Handler): Handler =>
  async (request, context) =>
    withCommonErrorShape(await handler(request, context))

/** Payload's REST handlers for /api/v1, each error in the common shape: the route file and the in-process test client both serve these. */
export const restHandlers = (config: Promise<SanitizedConfig>) => ({
  DELETE: wrap(REST_DELETE(config) as Handler),
  GET: wrap(REST_GET(config) as Handler),
  OPTIONS: wrap(REST_OPTIONS(config) as Handler),
  PATCH: wrap(REST_PATCH(config) as Handler),
  POST: wrap(REST_POST(config) as Handler),
  PUT: wrap(REST_PUT(config) as Handler),
})
