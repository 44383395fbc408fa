/**
 * `npm run bench`: builds (if stale) and starts the production app on an isolated throwaway
 * database with demo data, then runs bench/load.ts against it (synthetic data, autocannon scenarios,
 * the question import) and writes bench/results.md. Everything is torn down afterwards.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import type { ChildProcess } from 'node:child_process'

import { exitOf, spawnNext } from '../src/cli/next'
import { waitForHealthy } from '../src/cli/serve'
import { tsxCli } from '../src/cli/tsx'
import { freePort } from '../src/db/freePort'
import { projectRoot } from '../src/lib/projectRoot'
import { startThrowawayApp, type ThrowawayApp } from '../tests/helpers/throwawayApp'

let app: ThrowawayApp | null = null
let bare: ChildProcess | null = null
let code = 1
try {
  // Jobs stay off in the server under load; the import benchmark runs its job in the measuring process.
  // Limits still count every request (their cost is measured) but are scaled out of the way of 16 learners at full speed.
  app = await startThrowawayApp('bench', { PRACTICA_JOBS_AUTORUN: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', PRACTICA_RATE_LIMIT_SCALE: '1000' })
  // A second instance on the same database without the analytics plugin: what the aggregates cost the answer path.
  const port = await freePort()
  const bareOrigin = `http://localhost:${port}`
  bare = spawnNext(['start', '--port', String(port)], { NODE_ENV: 'production', PUBLIC_URL: bareOrigin, PRACTICA_ANALYTICS: 'off' })
  await waitForHealthy(bareOrigin, bare)
  const load = spawn(process.execPath, [tsxCli, path.join(projectRoot, 'bench', 'load.ts'), app.origin, bareOrigin], {
    cwd: projectRoot,
    env: process.env,
    stdio: 'inherit',
  })
  code = await exitOf(load)
} catch (error) {
  console.error(error)
} finally {
  if (bare && bare.exitCode === null) {
    bare.kill('SIGTERM')
    await exitOf(bare)
  }
  await app?.stop()
}
process.exit(code)
