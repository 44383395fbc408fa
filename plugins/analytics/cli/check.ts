/**
 * `npm run analytics:check [-- --fix]`: recomputes every analytics aggregate from the raw responses and
 * lists the differences (exit 1 when there are any); with --fix, rebuilds the tables that differ.
 * Opens the database like `npm start` (embedded unless DATABASE_URL), then checks in a child process.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { exitOf } from '../../../src/cli/next'
import { prepareDatabase } from '../../../src/cli/runtime'
import { projectRoot } from '../../../src/lib/projectRoot'

const { database } = await prepareDatabase({ seed: 'never' })
let code = 1
try {
  const tsx = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  code = await exitOf(spawn(process.execPath, [tsx, path.join(projectRoot, 'plugins', 'analytics', 'cli', 'checkTask.ts'), ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' }))
} finally {
  await database.stop()
}
process.exit(code)
