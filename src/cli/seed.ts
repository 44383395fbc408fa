/** `npm run seed`: migrate, then (re)apply the demo data. Idempotent: running it again changes nothing. */
import { prepareDatabase } from './runtime'

const { database } = await prepareDatabase({ seed: 'always' })
await database.stop()
console.log('Demo data is in place.')
