/** `npm run migrate`: apply committed migrations to the database (embedded unless DATABASE_URL is set). */
import { prepareDatabase } from './runtime'

const { database } = await prepareDatabase({ seed: 'never' })
await database.stop()
console.log('Migrations applied.')
