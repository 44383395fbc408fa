import type { Payload } from 'payload'

import { applyMigrations } from '../../src/db/migrate'

let ready: Promise<Payload> | null = null

/** The Payload instance for this test file, on the run's database, with committed migrations applied. */
export function getTestApp(): Promise<Payload> {
  ready ??= (async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    await applyMigrations(payload, process.env.DATABASE_URL!)
    return payload
  })()
  return ready
}
