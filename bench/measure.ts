import autocannon from 'autocannon'

import { percentile, roundOrder } from './rounds'

/** `runs`: req/s of each measured run, in order (scenarios measured in turns). */
export type Measurement = { name: string; requests: number; rps: number; p50: number; p99: number; non2xx: number; errors: number; runs?: number[] }

type Request = { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string }
/** The request to send: `i` counts every request of the run, `nth` the requests of this connection, which is one client (one learner) with one request in flight. */
export type NextRequest = (i: number, connection: number, nth: number) => Request

export const CONNECTIONS = 16
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2)
/** Measured runs per scenario, taking turns with the others. */
export const ROUNDS = 4

type Settings = { duration?: number; amount?: number }

/** Counts requests across every run (warm-ups included), so a request that must be unique (a new tag's name) never repeats one of an earlier run. */
let counter = 0

/** One autocannon run: each of the 16 connections is told its own index, so a scenario can give each its own learner (a learner answers one question at a time). */
export function run(origin: string, next: NextRequest, settings: Settings, latencies?: number[]) {
  let connections = 0
  const build = (req: object, connection: number, nth: number) => {
    const r = next(counter++, connection, nth)
    return { ...req, method: r.method, path: r.path, headers: { ...r.headers, ...(r.body ? { 'content-type': 'application/json' } : {}) }, body: r.body }
  }
  return autocannon({
    url: origin,
    connections: CONNECTIONS,
    ...settings,
    // Before setupClient runs, autocannon builds each client's first request once with the shared definition; that request is replaced below.
    requests: [{ setupRequest: (req) => build(req, 0, 0) }],
    setupClient: (client) => {
      const connection = connections++ % CONNECTIONS
      let nth = 0
      ;(client as unknown as { setRequests: (r: unknown[]) => void }).setRequests([{ setupRequest: (req: object) => build(req, connection, nth++) }])
      if (latencies) client.on('response', (_status: number, _bytes: number, ms: number) => void latencies.push(ms))
    },
  })
}

const figures = (name: string, result: autocannon.Result): Measurement => ({
  name,
  requests: result.requests.total,
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
})

const log = (m: Measurement) =>
  console.log(`bench: ${m.name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms${m.non2xx ? `, ${m.non2xx} non-2xx` : ''}${m.runs ? ` (runs: ${m.runs.map((r) => r.toFixed(0)).join(', ')} req/s)` : ''}`)

/**
 * Exactly `amount` requests, for one-shot operations such as submitting a session, right after `warm.amount`
 * unrecorded requests of the same kind (other sittings): the first requests an app serves on a code path pay
 * for its compilation and for preparing its statements on each pooled connection, which no learner's submit
 * on a running server pays.
 */
export async function measureAmount(name: string, origin: string, next: NextRequest, amount: number, warm: { next: NextRequest; amount: number }): Promise<Measurement> {
  const warmed = await run(origin, warm.next, { amount: warm.amount })
  console.log(`bench: ${name}, warm-up: ${warmed.requests.total} requests, p50 ${warmed.latency.p50} ms${warmed.non2xx ? `, ${warmed.non2xx} non-2xx` : ''}`)
  if (warmed.non2xx || warmed.errors) throw new Error(`bench: ${name}: ${warmed.non2xx} non-2xx responses and ${warmed.errors} errors while warming up`)
  const measured = figures(name, await run(origin, next, { amount }))
  log(measured)
  return measured
}

/**
 * Warm-up runs of WARMUP seconds, at least `minRuns` (and three) and at most 15, until throughput settles:
 * the last three runs within 5% of each other. Code an app has not run yet takes 10–20 s of load to reach
 * its pace (JIT, connections, prepared statements), and a figure taken before that measures the warm-up:
 * two runs in a row can agree while the pace is still climbing (67, 178, 232, 282, 293 req/s, then 327 in
 * the measured run), three seldom do.
 */
async function warmUntilSteady(name: string, origin: string, next: NextRequest, minRuns: number): Promise<void> {
  const rates: number[] = []
  for (let n = 0; n < 15; n++) {
    rates.push((await run(origin, next, { duration: WARMUP })).requests.average)
    const last = rates.slice(-3)
    if (rates.length >= Math.max(3, minRuns) && Math.max(...last) - Math.min(...last) <= 0.05 * Math.max(...last)) break
  }
  console.log(`bench: ${name}, warm-up: ${rates.map((r) => r.toFixed(0)).join(', ')} req/s`)
}

/** A scenario measured in rounds: its name, the app it runs against, and its requests. */
export type Scenario = { name: string; origin: string; next: NextRequest; minWarmRuns?: number }

/**
 * Every scenario warmed to a steady pace, then measured in ROUNDS rounds of DURATION / ROUNDS seconds each,
 * taking turns (`roundOrder`), each measured run right after an unrecorded WARMUP-second run of the same
 * scenario. The ratios between scenarios are the targets, and this machine's pace drifts by a third within
 * minutes: scenarios measured one after another compare different moments (a baseline measured while the
 * machine was fast against a scenario measured while it was slow), scenarios taking turns share them. The
 * unrecorded run matters as much: an app that sat idle while others ran starts slowly (15–27 requests over
 * 100 ms in its first second, against 0–3 right after a run). A scenario's req/s is its requests over its
 * measured time, its p50 and p99 are taken over every request of its measured runs.
 */
export async function measureRounds(scenarios: Scenario[]): Promise<Measurement[]> {
  for (const s of scenarios) await warmUntilSteady(s.name, s.origin, s.next, s.minWarmRuns ?? 3)
  const tally = new Map<Scenario, { latencies: number[]; seconds: number; requests: number; non2xx: number; errors: number; runs: number[] }>(
    scenarios.map((s) => [s, { latencies: [], seconds: 0, requests: 0, non2xx: 0, errors: 0, runs: [] }]),
  )
  for (let r = 0; r < ROUNDS; r++) {
    for (const s of roundOrder(scenarios, r)) {
      await run(s.origin, s.next, { duration: WARMUP })
      const into = tally.get(s)!
      const result = await run(s.origin, s.next, { duration: DURATION / ROUNDS }, into.latencies)
      into.seconds += result.duration
      into.requests += result.requests.total
      into.non2xx += result.non2xx
      into.errors += result.errors
      into.runs.push(result.requests.total / result.duration)
    }
  }
  return scenarios.map((s) => {
    const m = tally.get(s)!
    const sorted = m.latencies.sort((a, b) => a - b)
    const measured: Measurement = { name: s.name, requests: m.requests, rps: m.requests / m.seconds, p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)), non2xx: m.non2xx, errors: m.errors, runs: m.runs }
    log(measured)
    return measured
  })
}
