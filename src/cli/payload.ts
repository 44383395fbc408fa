/**
 * `npm run payload -- <command>`: Payload's CLI with Practica's database resolved first
 * (embedded PostgreSQL unless DATABASE_URL is set), e.g. `generate:types`, `migrate:status`.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { openDatabase } from '../db/database'
import { projectRoot } from '../lib/projectRoot'

const needsDatabase = !/^generate:/.test(process.argv[2] ?? '')
const database = needsDatabase ? await openDatabase() : null
const bin = path.join(projectRoot, 'node_modules', 'payload', 'bin.js')
const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx/esm', bin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PAYLOAD_CONFIG_PATH: 'payload.config.ts' },
})
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
await database?.stop()
process.exit(code)
