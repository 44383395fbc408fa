import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import type { Pool } from 'pg'

import { exitOf } from '../src/cli/next'
import { tsxCli } from '../src/cli/tsx'
import { freePort } from '../src/db/freePort'
import { projectRoot } from '../src/lib/projectRoot'
import type { Side } from './analyticsSwitch'
import { CONNECTIONS, type NextRequest, run } from './measure'
import { roundOrder } from './rounds'

const SECONDS = Number(process.env.BENCH_DURATION ?? 10)
/** Turns each side takes (A B B A …), 2 × BENCH_DURATION / TURNS seconds each: one turn of each side differs from the next pair's by ±10–20% on this machine, so many. */
const TURNS = 16

/** req/s of each side, per turn (its two runs were adjacent), and their means. */
export type HttpUpkeep = { withPlugin: number; withoutPlugin: number; turns: Record<Side, number>[] }

/** The time the learners' answers have added to their aggregates: grows with every answer while the plugin's listeners run, not without them. */
const aggregated = async (pool: Pool, userIds: number[]) =>
  Number((await pool.query<{ s: string }>('select coalesce(sum(time_spent_sec), 0)::text as s from analytics_learners where user_id = any($1::int[])', [userIds])).rows[0].s)

/**
 * What aggregate upkeep costs answer submission over HTTP: practice answers per second through one production
 * server (bench/upkeepServer.ts: Next.js and Payload in one process), with the analytics plugin's listeners and
 * without, switched between turns. One process, so nothing but the plugin differs (two processes started alike
 * differ by more than it costs). After each turn the learners' aggregates are checked: grown with the plugin,
 * untouched without it, so the switch is known to have applied.
 */
export async function measureUpkeepOverHttp(next: NextRequest, pool: Pool, userIds: number[]): Promise<HttpUpkeep> {
  const port = await freePort()
  const origin = `http://localhost:${port}`
  const server: ChildProcess = spawn(process.execPath, [tsxCli, path.join(projectRoot, 'bench', 'upkeepServer.ts'), String(port)], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', PUBLIC_URL: origin },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  })
  const reply = (test: (m: Record<string, unknown>) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (m: Record<string, unknown>) => {
        if (!test(m)) return
        server.off('message', onMessage)
        server.off('exit', onExit)
        resolve()
      }
      const onExit = (code: number | null) => reject(new Error(`bench: the upkeep server exited (code ${code})`))
      server.on('message', onMessage)
      server.once('exit', onExit)
    })
  const use = async (side: Side) => {
    const applied = reply((m) => m.side === side)
    server.send({ side })
    await applied
  }
  try {
    await reply((m) => m.ready === origin)
    for (const side of ['with', 'without', 'with', 'without', 'with', 'without'] as const) {
      await use(side)
      await run(origin, next, { duration: 2 })
    }
    const turns: Record<Side, number>[] = []
    for (let turn = 0; turn < TURNS; turn++) {
      const rates = { with: 0, without: 0 }
      for (const side of roundOrder(['with', 'without'] as const, turn)) {
        await use(side)
        const before = await aggregated(pool, userIds)
        const result = await run(origin, next, { duration: (2 * SECONDS) / TURNS })
        const after = await aggregated(pool, userIds)
        if (result.non2xx) throw new Error(`bench: ${result.non2xx} practice answers over HTTP failed`)
        // Each answer adds its 20 s; answers still in flight when a turn ended may land in the next (at most one per connection).
        const switched = side === 'with' ? after - before >= 20 * (result.requests.total - CONNECTIONS) : after - before <= 20 * CONNECTIONS
        if (!switched) throw new Error(`bench: the analytics listeners did not switch ${side === 'with' ? 'on' : 'off'} (${result.requests.total} answers, aggregated time ${before} → ${after} s)`)
        rates[side] = result.requests.total / result.duration
      }
      turns.push(rates)
    }
    const mean = (side: Side) => turns.reduce((sum, t) => sum + t[side], 0) / turns.length
    const figure: HttpUpkeep = { withPlugin: mean('with'), withoutPlugin: mean('without'), turns }
    console.log(`bench: practice answers over HTTP in one process with aggregate upkeep ${figure.withPlugin.toFixed(0)}/s, without ${figure.withoutPlugin.toFixed(0)}/s`)
    return figure
  } finally {
    if (server.exitCode === null) {
      server.kill('SIGTERM')
      await exitOf(server)
    }
  }
}
