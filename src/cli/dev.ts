/** `npm run dev`: the same database preparation as `npm start`, then `next dev` with hot reload. */
import { banner } from './banner'
import { spawnNext } from './next'
import { prepareDatabase } from './runtime'
import { superviseShutdown, waitForHealthy } from './serve'

const port = Number(process.env.PORT ?? 3000)
const origin = `http://localhost:${port}`
const { database, seeded } = await prepareDatabase({ seed: process.env.PRACTICA_SEED === 'false' ? 'never' : 'if-empty' })
const server = spawnNext(['dev', '--port', String(port)])
superviseShutdown(server, database)
await waitForHealthy(origin, server, 600_000)
console.log(banner({ database, origin, seeded }))
