/**
 * One-shot database tasks, run in their own process with DATABASE_URL already set, so the
 * Payload config is imported statically (dynamic imports of the config graph can stall under tsx).
 * Usage: tsx src/cli/tasks.ts --seed=if-empty|always|never
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { isEmpty, seed } from '../../seed'
import { applyMigrations } from '../db/migrate'

const mode = process.argv.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? 'never'
if (!['if-empty', 'always', 'never'].includes(mode)) {
  console.error(`Unknown --seed mode "${mode}" (use if-empty, always or never).`)
  process.exit(2)
}

const payload = await getPayload({ config })
await applyMigrations(payload, process.env.DATABASE_URL!)
let seeded = false
if (mode === 'always' || (mode === 'if-empty' && (await isEmpty(payload)))) {
  await seed(payload)
  seeded = true
}
console.log(`PRACTICA_TASKS_RESULT ${JSON.stringify({ seeded })}`)
process.exit(0)
