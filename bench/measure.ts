import autocannon from 'autocannon'

export type Measurement = { name: string; requests: number; rps: number; p50: number; p99: number; non2xx: number; errors: number }

type Request = { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string }

export const CONNECTIONS = 16
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2)

/**
 * Load with autocannon at 16 connections: a short warm-up, then the measured run. `next(i)` gives
 * the i-th request (so each request can carry its own learner, session and answer). With `amount`,
 * exactly that many requests are sent (one-shot operations such as submitting a session).
 */
export async function measure(name: string, origin: string, next: (i: number) => Request, options: { amount?: number; warmup?: boolean } = {}): Promise<Measurement> {
  let counter = 0
  const run = (settings: { duration?: number; amount?: number }) =>
    autocannon({
      url: origin,
      connections: CONNECTIONS,
      ...settings,
      requests: [
        {
          setupRequest: (req) => {
            const r = next(counter++)
            return { ...req, method: r.method, path: r.path, headers: { ...r.headers, ...(r.body ? { 'content-type': 'application/json' } : {}) }, body: r.body }
          },
        },
      ],
    })
  if (options.warmup !== false && !options.amount) await run({ duration: WARMUP })
  const result = await run(options.amount ? { amount: options.amount } : { duration: DURATION })
  const measured = { name, requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
  console.log(`bench: ${name}: ${measured.rps.toFixed(0)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms${measured.non2xx ? `, ${measured.non2xx} non-2xx` : ''}`)
  return measured
}
