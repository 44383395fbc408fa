import pg from 'pg'
import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { healthEndpoint } from '../../src/endpoints/health'
import { freePort } from '../../src/db/freePort'

describe('GET /api/v1/health when the database is unreachable', () => {
  it('answers 503 with db "down" within the probe timeout', async () => {
    // A real connection attempt to a port where no PostgreSQL listens.
    const pool = new pg.Pool({ connectionString: `postgres://practica@127.0.0.1:${await freePort()}/practica`, connectionTimeoutMillis: 5000 })
    pool.on('error', () => undefined)
    const req = { payload: { db: { pool } } } as unknown as PayloadRequest
    const started = Date.now()
    const res = await healthEndpoint.handler(req)
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ status: 'degraded', db: 'down' })
    expect(Date.now() - started).toBeLessThan(5000)
    await pool.end()
  })
})
