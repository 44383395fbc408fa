/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on an empty
 * database, a production build when missing or stale, then the server on PORT (default 3000).
 */
import { banner } from './banner'
import { buildIsFresh } from './buildState'
import { buildNext, spawnNext } from './next'
import { prepareDatabase } from './runtime'
import { superviseShutdown, waitForHealthy } from './serve'

const port = Number(process.env.PORT ?? 3000)
const origin = `http://localhost:${port}`
const seedMode = process.env.PRACTICA_SEED === 'false' ? 'never' : 'if-empty'

const { database, seeded } = await prepareDatabase({ seed: seedMode })
try {
  if (!(await buildIsFresh())) {
    console.log('Building Practica for production (first start, or sources changed)…')
    await buildNext()
  }
} catch (error) {
  await database.stop()
  throw error
}
const server = spawnNext(['start', '--port', String(port)], { NODE_ENV: 'production', PUBLIC_URL: process.env.PUBLIC_URL ?? origin })
superviseShutdown(server, database)
await waitForHealthy(origin, server)
console.log(banner({ database, origin, seeded }))
