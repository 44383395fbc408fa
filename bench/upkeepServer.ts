/**
 * The production app over HTTP in one process whose analytics listeners the benchmark switches on and off
 * (bench/upkeepHttp.ts): Payload is started here first, then Next.js's production server in this process,
 * whose routes get the same Payload instance (getPayload's process-wide cache), so the listeners set here
 * are the ones every request runs. Bench-only: the app itself has no such switch. Argument: the port.
 * Messages: `{ side: 'with' | 'without' }` → `{ side }` once applied; `{ ready: origin }` when serving.
 */
import http from 'node:http'

import next from 'next'
import { getPayload } from 'payload'

import { projectRoot } from '../src/lib/projectRoot'
import config from '../payload.config'
import { analyticsSwitch, type Side } from './analyticsSwitch'

const port = Number(process.argv[2])
const use = analyticsSwitch(await getPayload({ config }))

const app = next({ dev: false, dir: projectRoot, hostname: 'localhost', port })
await app.prepare()
const handle = app.getRequestHandler()
const server = http.createServer((req, res) => void handle(req, res))
await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve))

process.on('message', (message: { side?: Side }) => {
  if (message.side !== 'with' && message.side !== 'without') return
  use(message.side)
  process.send?.({ side: message.side })
})
process.on('disconnect', () => process.exit(0))
process.send?.({ ready: `http://localhost:${port}` })
