import type { Payload, SanitizedConfig } from 'payload'

import { inTransaction } from '../src/db/sql'
import { restHandlers } from '../src/endpoints/restHandlers'
import { answerPractice } from '../src/engine/practice'
import { analyticsSwitch } from './analyticsSwitch'
import { roundOrder } from './rounds'
import { practiceBody, type Synthetic } from './synthetic'

const SECONDS = Number(process.env.BENCH_DURATION ?? 10)

type Answer = (learner: number, nth: number) => Promise<void>

/** Turns each side takes (A B B A …): short turns, so the machine's drifting pace weighs on both sides alike. */
const TURNS = 16

/** Each learner's answers so far, so every run goes on through its session's questions. */
const answered: number[] = []

/**
 * Answers per second with one worker per learner, each answering its session's questions in turn, for `seconds`:
 * the answers over the time until the last one finished (answers still in flight at the end are waited for and counted).
 */
async function rate(data: Synthetic, seconds: number, answer: Answer): Promise<number> {
  const start = performance.now()
  const until = start + seconds * 1000
  let done = 0
  await Promise.all(
    data.learners.map(async (_, l) => {
      while (performance.now() < until) {
        await answer(l, (answered[l] = (answered[l] ?? -1) + 1))
        done++
      }
    }),
  )
  return done / ((performance.now() - start) / 1000)
}

/** Through the engine alone: the transaction and its listeners, no sign-in, routing or JSON. */
const engineAnswer =
  (payload: Payload, data: Synthetic): Answer =>
  async (l, nth) => {
    const learner = data.learners[l]
    await inTransaction(payload, (tx) => answerPractice(payload, tx, learner.user, learner.practice.id, practiceBody(data, l, nth) as never))
  }

/** Through Payload's REST handler, as the route file serves it: sign-in, rate limit, routing, JSON, the engine and its listeners; no HTTP server or Next.js. */
const restAnswer = (config: Promise<SanitizedConfig>, data: Synthetic, tokens: string[]): Answer => {
  const { POST } = restHandlers(config)
  return async (l, nth) => {
    const id = data.learners[l].practice.id
    const request = new Request(`http://localhost/api/v1/practice/sessions/${id}/attempts`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens[l]}`, 'content-type': 'application/json' },
      body: JSON.stringify(practiceBody(data, l, nth)),
    })
    const response = await POST(request, { params: Promise.resolve({ slug: ['practice', 'sessions', String(id), 'attempts'] }) })
    if (!response.ok) throw new Error(`bench: a practice answer through the REST handler failed: ${response.status} ${await response.text()}`)
    await response.arrayBuffer()
  }
}

export type UpkeepPair = { withPlugin: number; withoutPlugin: number }
export type UpkeepFigure = { rest: UpkeepPair; engine: UpkeepPair }

/**
 * What aggregate upkeep costs the answer path, in one process, so nothing but the plugin differs: answers per
 * second with every learning-event listener installed and with all but the analytics plugin's (the only part of
 * the plugin an answer runs), taking turns (A B B A A B …, each side TURNS × BENCH_DURATION / TURNS s), through
 * Payload's REST handler and through the engine alone, after 8 s of warm-up. For reference beside the judged
 * figure (over HTTP, bench/upkeepHttp.ts): without the HTTP server and Next.js around it the answer path is
 * shorter, so the plugin's share here is larger; through the engine alone it is the largest.
 */
export async function measureUpkeep(payload: Payload, config: Promise<SanitizedConfig>, data: Synthetic, tokens: string[]): Promise<UpkeepFigure> {
  const use = analyticsSwitch(payload)
  const pair = async (answer: Answer): Promise<UpkeepPair> => {
    const figure = { withPlugin: 0, withoutPlugin: 0 }
    // Code this process has not run yet (the REST path, here) takes seconds of load to reach its pace.
    for (const side of ['with', 'without', 'with', 'without'] as const) {
      use(side)
      await rate(data, 2, answer)
    }
    for (let turn = 0; turn < TURNS; turn++) {
      for (const side of roundOrder(['with', 'without'] as const, turn)) {
        use(side)
        const r = (await rate(data, SECONDS / TURNS, answer)) / TURNS
        if (side === 'with') figure.withPlugin += r
        else figure.withoutPlugin += r
      }
    }
    return figure
  }
  try {
    const rest = await pair(restAnswer(config, data, tokens))
    const engine = await pair(engineAnswer(payload, data))
    console.log(`bench: answers through the REST handler in process with aggregate upkeep ${rest.withPlugin.toFixed(0)}/s, without ${rest.withoutPlugin.toFixed(0)}/s`)
    console.log(`bench: answers through the engine alone with aggregate upkeep ${engine.withPlugin.toFixed(0)}/s, without ${engine.withoutPlugin.toFixed(0)}/s`)
    return { rest, engine }
  } finally {
    use('with')
  }
}
