import autocannon from 'autocannon'

export type Measurement = { name: string; requests: number; rps: number; p50: number; p99: number; non2xx: number; errors: number }

type Request = { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string }
/** The request to send: `i` counts every request of the run, `nth` the requests of this connection, which is one client (one learner) with one request in flight. */
export type NextRequest = (i: number, connection: number, nth: number) => Request

export const CONNECTIONS = 16
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2)

type Settings = { duration?: number; amount?: number }

/** Counts requests across every run (warm-ups included), so a request that must be unique (a new tag's name) never repeats one of an earlier run. */
let counter = 0

/** One autocannon run: each of the 16 connections is told its own index, so a scenario can give each its own learner (a learner answers one question at a time). */
function run(origin: string, next: NextRequest, settings: Settings) {
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

const log = (m: Measurement) => console.log(`bench: ${m.name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms${m.non2xx ? `, ${m.non2xx} non-2xx` : ''}`)

/**
 * Load with autocannon at 16 connections: warm-up runs until the pace is steady, then the measured run.
 * With `amount`, exactly that many requests are sent, unwarmed (one-shot operations such as submitting a session).
 */
export async function measure(name: string, origin: string, next: NextRequest, options: { amount?: number } = {}): Promise<Measurement> {
  if (!options.amount) await warmUntilSteady(name, origin, next, 3)
  const measured = figures(name, await run(origin, next, options.amount ? { amount: options.amount } : { duration: DURATION }))
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

/**
 * The same scenario against two apps, in alternating half-length runs (A B B A, twice) after each is warmed
 * to a steady pace, so neither gains from going second or from a quieter moment of the machine. Each
 * side's figure is the mean throughput of its runs, the median of their p50s and the worst of their p99s.
 */
export async function measurePair(a: { name: string; origin: string }, b: { name: string; origin: string }, next: NextRequest): Promise<[Measurement, Measurement]> {
  const runs: Record<'a' | 'b', Measurement[]> = { a: [], b: [] }
  for (const side of [a, b]) await warmUntilSteady(side.name, side.origin, next, 6)
  for (const key of ['a', 'b', 'b', 'a', 'a', 'b', 'b', 'a'] as const) {
    const side = key === 'a' ? a : b
    runs[key].push(figures(side.name, await run(side.origin, next, { duration: DURATION / 2 })))
  }
  const combine = (name: string, ms: Measurement[]): Measurement => {
    const p50s = ms.map((m) => m.p50).sort((x, y) => x - y)
    const sum = (f: (m: Measurement) => number) => ms.reduce((s, m) => s + f(m), 0)
    return {
      name,
      requests: sum((m) => m.requests),
      rps: sum((m) => m.rps) / ms.length,
      p50: (p50s[(p50s.length - 1) >> 1] + p50s[p50s.length >> 1]) / 2,
      p99: Math.max(...ms.map((m) => m.p99)),
      non2xx: sum((m) => m.non2xx),
      errors: sum((m) => m.errors),
    }
  }
  const pair: [Measurement, Measurement] = [combine(a.name, runs.a), combine(b.name, runs.b)]
  for (const side of ['a', 'b'] as const) console.log(`bench: ${(side === 'a' ? a : b).name}, runs: ${runs[side].map((m) => m.rps.toFixed(0)).join(', ')} req/s`)
  pair.forEach(log)
  return pair
}
