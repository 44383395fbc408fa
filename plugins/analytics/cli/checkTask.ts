/** The check itself, with DATABASE_URL set by cli/check.ts (the config is imported statically, as in src/cli/tasks.ts). */
import { getPayload } from 'payload'

import config from '../../../payload.config'
import { checkAggregates } from '../aggregates/consistency'

const payload = await getPayload({ config })
const report = await checkAggregates(payload, { fix: process.argv.includes('--fix') })
for (const d of report.differences.slice(0, 50)) console.log(`${d.table} ${JSON.stringify(d.key)}: expected ${JSON.stringify(d.expected)}, stored ${JSON.stringify(d.actual)}`)
if (report.differences.length > 50) console.log(`… and ${report.differences.length - 50} more`)
console.log(`Checked ${report.checked.join(', ')}: ${report.differences.length} difference(s)${report.fixed ? ', rebuilt' : ''}.`)
process.exit(report.differences.length && !report.fixed ? 1 : 0)
