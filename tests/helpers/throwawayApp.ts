import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { buildIsFresh } from '../../src/cli/buildState'
import { buildNext, exitOf, spawnNext } from '../../src/cli/next'
import { prepareDatabase } from '../../src/cli/runtime'
import { waitForHealthy } from '../../src/cli/serve'
import { freePort } from '../../src/db/freePort'
import { createTestDatabase } from './testDatabase'

export type ThrowawayApp = { origin: string; databaseUrl: string; server: ChildProcess; stop: () => Promise<void> }

/**
 * The production app on a throwaway database (embedded, or TEST_DATABASE_URL): migrations and demo
 * data, a production build (reused when fresh), `next start` on a free port. Used by the e2e stage
 * and the benchmark harness; `stop()` tears everything down.
 */
export async function startThrowawayApp(label: string, env: Record<string, string> = {}): Promise<ThrowawayApp> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), `practica-${label}-`))
  const database = await createTestDatabase(label)
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET ??= `practica-${label}-secret`
  process.env.MAIL_OUTBOX_DIR = path.join(scratch, 'mail')
  process.env.MEDIA_DIR = path.join(scratch, 'media')
  delete process.env.SMTP_HOST
  Object.assign(process.env, env)
  let server: ChildProcess | null = null
  const stop = async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await exitOf(server)
    }
    await database.stop()
    await fs.rm(scratch, { recursive: true, force: true })
  }
  try {
    await prepareDatabase({ seed: 'always' })
    if (!(await buildIsFresh())) {
      console.log(`${label}: building the app (the build is missing or stale)…`)
      await buildNext()
    }
    const port = await freePort()
    const origin = `http://localhost:${port}`
    server = spawnNext(['start', '--port', String(port)], { NODE_ENV: 'production', PUBLIC_URL: origin })
    await waitForHealthy(origin, server)
    return { origin, databaseUrl: database.url, server, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
