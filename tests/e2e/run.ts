/**
 * The e2e stage of `npm test`: the production app on a throwaway seeded database, then Playwright
 * driving the system Chromium against it. Everything is torn down afterwards.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import { exitOf } from '../../src/cli/next'
import { projectRoot } from '../../src/lib/projectRoot'
import { startThrowawayApp, type ThrowawayApp } from '../helpers/throwawayApp'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!(await fs.access(chromium).then(() => true, () => false))) {
  console.error(`e2e: no Chromium at ${chromium}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  process.exit(1)
}

let app: ThrowawayApp | null = null
let code = 1
try {
  // The browser signs in many times from one address: generous limits (the integration suite tests the limits themselves).
  app = await startThrowawayApp('e2e', { PRACTICA_RATE_LIMIT_SCALE: '20' })
  const playwright = spawn(process.execPath, [path.join(projectRoot, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', path.join(projectRoot, 'tests', 'e2e', 'playwright.config.ts'), ...process.argv.slice(2)], {
    cwd: projectRoot,
    env: { ...process.env, E2E_BASE_URL: app.origin },
    stdio: 'inherit',
  })
  code = await exitOf(playwright)
} catch (error) {
  console.error(error)
} finally {
  await app?.stop()
}
process.exit(code)
