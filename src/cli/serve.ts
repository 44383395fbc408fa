import type { ChildProcess } from 'node:child_process'

import type { DatabaseHandle } from '../db/database'
import { exitOf } from './next'

/** Wait until the app answers its health check, or the server process dies. */
export async function waitForHealthy(origin: string, server: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The web server exited with code ${server.exitCode}`)
    const ok = await fetch(`${origin}/api/v1/health`).then((r) => r.ok, () => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The web server did not become healthy within ${timeoutMs / 1000}s`)
}

/** Stop the web server, then the database, on SIGINT/SIGTERM or when the server exits by itself. */
export function superviseShutdown(server: ChildProcess, database: DatabaseHandle): void {
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM')
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000)
      await exitOf(server)
      clearTimeout(timer)
    }
    await database.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))
  process.on('SIGHUP', () => void shutdown(0))
  server.once('exit', (code) => void shutdown(code ?? 1))
}
