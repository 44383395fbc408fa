import type { Endpoint } from 'payload'

import { PRACTICA_VERSION } from '@/lib/version'
import { documented } from '@/openapi/endpointDoc'
import { openApiDocument } from '@/openapi/document'

let cached: { config: unknown; body: string } | null = null

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of the whole REST API, generated from the running configuration. */
export const openApiEndpoint: Endpoint = documented(
  {
    path: '/openapi.json',
    method: 'get',
    handler: async (req) => {
      if (cached?.config !== req.payload.config) cached = { config: req.payload.config, body: JSON.stringify(openApiDocument(req.payload.config, PRACTICA_VERSION)) }
      return new Response(cached.body, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300' } })
    },
  },
  { summary: 'This document (OpenAPI 3.1)', auth: 'public' },
)
