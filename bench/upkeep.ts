import type { Payload } from 'payload'

import { PLUGIN } from '../plugins/analytics'
import { inTransaction } from '../src/db/sql'
import type { Registration } from '../src/events'
import { answerPractice } from '../src/engine/practice'
import type { Synthetic } from './synthetic'

const SECONDS = Number(process.env.BENCH_DURATION ?? 10)

/** Practice answers per second through the engine (in process, one worker per learner), for `seconds`. */
async function answerRate(payload: Payload, data: Synthetic, seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000
  let done = 0
  await Promise.all(
    data.learners.map(async (l) => {
      for (let i = 0; Date.now() < until; i++) {
        const question = l.practice.questionIds[i % l.practice.questionIds.length]
        await inTransaction(payload, (tx) => answerPractice(payload, tx, l.user, l.practice.id, { ...(data.answers.get(question) as Record<string, unknown>), question_id: question, time_spent_sec: 20 } as never))
        done++
      }
    }),
  )
  return done / seconds
}

export type UpkeepFigure = { withPlugin: number; withoutPlugin: number }

/**
 * What aggregate upkeep costs the answer path: engine answer throughput with every installed event
 * listener and with all but the analytics plugin's, alternating twice to even out the machine's noise.
 */
export async function measureUpkeep(payload: Payload, data: Synthetic): Promise<UpkeepFigure> {
  const custom = payload.config.custom as Record<string, unknown>
  const installed = custom.learningEventListeners as Registration[]
  const others = installed.filter((r) => r.by !== PLUGIN)
  if (others.length === installed.length) throw new Error(`bench: no learning-event listener is registered by the ${PLUGIN} plugin`)
  const figure = { withPlugin: 0, withoutPlugin: 0 }
  try {
    for (let round = 0; round < 2; round++) {
      custom.learningEventListeners = installed
      figure.withPlugin += (await answerRate(payload, data, SECONDS / 2)) / 2
      custom.learningEventListeners = others
      figure.withoutPlugin += (await answerRate(payload, data, SECONDS / 2)) / 2
    }
  } finally {
    custom.learningEventListeners = installed
  }
  console.log(`bench: engine answers with aggregate upkeep ${figure.withPlugin.toFixed(0)}/s, without ${figure.withoutPlugin.toFixed(0)}/s`)
  return figure
}
