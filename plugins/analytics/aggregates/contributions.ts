import type { ResponseGraded, ResponseState } from '@/events'

/** What one response adds to the aggregates: nothing until it is answered. Pure. */
export type Contribution = { sign: 1 | -1; at: Date; correct: number; score: number; timeSpentSec: number; options: string[] }

export function optionsOf(response: unknown): string[] {
  const ids = response && typeof response === 'object' ? (response as { selected_option_ids?: unknown }).selected_option_ids : undefined
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
}

function contribution(state: ResponseState | null, sign: 1 | -1): Contribution[] {
  if (!state?.answered || !state.answeredAt) return []
  return [{ sign, at: state.answeredAt, correct: state.isCorrect ? 1 : 0, score: state.score, timeSpentSec: state.timeSpentSec, options: optionsOf(state.response) }]
}

/**
 * The change a response write makes: the earlier state's contribution taken away, the new one added.
 * Aggregates then always equal the sums over the responses as they now stand (what a recompute finds).
 */
export function deltaOf(event: ResponseGraded): Contribution[] {
  const now: ResponseState = { answered: event.answered, isCorrect: event.isCorrect, score: event.score, timeSpentSec: event.timeSpentSec, answeredAt: event.answeredAt, response: event.response }
  return [...contribution(event.previous, -1), ...contribution(now, 1)]
}
