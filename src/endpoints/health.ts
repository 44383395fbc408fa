import type { Endpoint } from 'payload'

import { PRACTICA_VERSION } from '@/lib/version'
import { documented } from '@/openapi/endpointDoc'

const DB_TIMEOUT_MS = 2000

async function databaseUp(run: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([run(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), DB_TIMEOUT_MS)))])
    return true
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}

/** GET /api/v1/health → { status, db, version }; 503 when the database does not answer. */
export const healthEndpoint: Endpoint = documented({
  path: '/health',
  method: 'get',
  handler: async (req) => {
    // The adapter's primary pool: the database writes go to.
    const db = req.payload.db as unknown as { pool: { query: (text: string) => Promise<unknown> } }
    const up = await databaseUp(() => db.pool.query('select 1'))
    return Response.json(
      { status: up ? 'ok' : 'degraded', db: up ? 'ok' : 'down', version: PRACTICA_VERSION },
      { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}, { summary: 'Health: { status, db, version }; 503 when the database does not answer', auth: 'public' })
