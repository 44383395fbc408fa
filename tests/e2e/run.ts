/**
 * The e2e stage of `npm test`: a throwaway database (embedded, or TEST_DATABASE_URL), migrations
 * and demo data, a production build (reused when fresh), the app on a free port, then Playwright
 * driving the system Chromium against it. Everything is torn down afterwards.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../src/db/freePort'
import { buildIsFresh } from '../../src/cli/buildState'
import { buildNext, exitOf, spawnNext } from '../../src/cli/next'
import { prepareDatabase } from '../../src/cli/runtime'
import { waitForHealthy } from '../../src/cli/serve'
import { projectRoot } from '../../src/lib/projectRoot'
import { createTestDatabase } from '../helpers/testDatabase'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!(await fs.access(chromium).then(() => true, () => false))) {
  console.error(`e2e: no Chromium at ${chromium}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  process.exit(1)
}

const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'practica-e2e-'))
const database = await createTestDatabase('e2e')
process.env.DATABASE_URL = database.url
process.env.PAYLOAD_SECRET ??= 'practica-e2e-secret'
process.env.MAIL_OUTBOX_DIR = path.join(scratch, 'mail')
process.env.MEDIA_DIR = path.join(scratch, 'media')
delete process.env.SMTP_HOST

let server: ReturnType<typeof spawnNext> | null = null
let code = 1
try {
  await prepareDatabase({ seed: 'always' })
  if (!(await buildIsFresh())) {
    console.log('e2e: building the app (the build is missing or stale)…')
    await buildNext()
  }
  const port = await freePort()
  const origin = `http://localhost:${port}`
  server = spawnNext(['start', '--port', String(port)], { NODE_ENV: 'production', PUBLIC_URL: origin })
  await waitForHealthy(origin, server)
  const playwright = spawn(process.execPath, [path.join(projectRoot, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', path.join(projectRoot, 'tests', 'e2e', 'playwright.config.ts'), ...process.argv.slice(2)], {
    cwd: projectRoot,
    env: { ...process.env, E2E_BASE_URL: origin },
    stdio: 'inherit',
  })
  code = await exitOf(playwright)
} catch (error) {
  console.error(error)
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM')
    await exitOf(server)
  }
  await database.stop()
  await fs.rm(scratch, { recursive: true, force: true })
}
process.exit(code)
