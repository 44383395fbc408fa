import type { Config, Payload } from 'payload'

import type { Tx } from '@/db/sql'

/** A response row's state: what a listener subtracts (before) and adds (after) to keep aggregates exact. */
export type ResponseState = { answered: boolean; isCorrect: boolean; score: number; timeSpentSec: number; answeredAt: Date | null; response: unknown }

/**
 * A response as written, with what it replaced (answers can be changed, and time spent accumulates),
 * so listeners can apply deltas. `response.graded` when an answer was given, `response.flagged` when
 * only the flag (and time spent) changed.
 */
export type ResponseGraded = {
  responseId: number
  sessionKind: 'practice' | 'exam'
  sessionId: number
  userId: number
  institutionId: number | null
  questionId: number
  questionVersion: number
  categoryId: number | null
  subcategoryId: number | null
  answered: boolean
  isCorrect: boolean
  score: number
  maxScore: number
  timeSpentSec: number
  answeredAt: Date | null
  /** The stored answer, as the learner sent it (e.g. `{ selected_option_ids }`); null when none was given yet. */
  response: unknown
  /** The certainty the learner stated with the answer (certainty-based marking), if any. */
  confidence: 'low' | 'medium' | 'high' | null
  /** The earlier state of this question's response in this session, if any. */
  previous: ResponseState | null
}

export type SessionCompleted = {
  sessionId: number
  userId: number
  institutionId: number | null
  questionCount: number
  answered: number
  correct: number
  scorePercent: number
  timeSpentSec: number
  completedAt: Date
}

export type ExamSubmitted = SessionCompleted & { templateId: number; passed: boolean | null; autoSubmitted: boolean }

/** A practice session or exam sitting was opened. */
export type SessionStarted = { sessionKind: 'practice' | 'exam'; sessionId: number; userId: number; institutionId: number | null; templateId: number | null; questionCount: number; startedAt: Date }

export type LearningEvents = {
  'session.started': SessionStarted
  'response.graded': ResponseGraded
  'response.flagged': ResponseGraded
  'session.completed': SessionCompleted
  'exam.submitted': ExamSubmitted
}
export type LearningEventType = keyof LearningEvents

/** Listeners run inside the emitting transaction: keep them to set-based SQL, or enqueue a job. */
export type LearningEventListener<K extends LearningEventType> = (event: LearningEvents[K], context: { tx: Tx; payload: Payload }) => Promise<void> | void

/** `by` names the plugin that subscribed (so a listener set can be told apart, e.g. to measure what one plugin costs). */
export type Registration = { [K in LearningEventType]: { type: K; listener: LearningEventListener<K>; by?: string } }[LearningEventType]

const KEY = 'learningEventListeners'

/** For plugins: returns the config with `listener` subscribed to `type`, tagged with the plugin's name (`by`). The core never imports a plugin. */
export function subscribe<K extends LearningEventType>(config: Config, type: K, listener: LearningEventListener<K>, by?: string): Config {
  const existing = (config.custom?.[KEY] as Registration[] | undefined) ?? []
  return { ...config, custom: { ...config.custom, [KEY]: [...existing, { type, listener, ...(by ? { by } : {}) } as Registration] } }
}

/** Emits an event to every listener registered in the config, in order, inside `tx`. A listener that throws rolls the write back. */
export async function emit<K extends LearningEventType>(payload: Payload, tx: Tx, type: K, event: LearningEvents[K]): Promise<void> {
  const registrations = (payload.config.custom?.[KEY] as Registration[] | undefined) ?? []
  for (const registration of registrations) {
    if (registration.type === type) await (registration.listener as LearningEventListener<K>)(event, { tx, payload })
  }
}
