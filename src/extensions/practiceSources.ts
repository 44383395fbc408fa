import type { Config, Payload } from 'payload'

import type { Tx } from '@/db/sql'

/** What a practice source offers a learner: question ids in the order to ask them, and when more fall due. */
export type SourcedQuestions = { questionIds: number[]; nextDueAt: Date | null }

/** A source of questions for a practice mode other than "standard" (the recommendations plugin's review queue). */
export type PracticeSource = (payload: Payload, tx: Tx, userId: number) => Promise<SourcedQuestions>

const KEY = 'practiceSources'

/** For plugins: serves practice sessions of `mode` (e.g. "review") from `source`. The core never imports a plugin. */
export function providePracticeSource(config: Config, mode: string, source: PracticeSource): Config {
  const existing = (config.custom?.[KEY] as Record<string, PracticeSource> | undefined) ?? {}
  return { ...config, custom: { ...config.custom, [KEY]: { ...existing, [mode]: source } } }
}

/** The source registered for `mode`, if a plugin provides one. */
export const practiceSource = (payload: Payload, mode: string): PracticeSource | undefined =>
  (payload.config.custom?.[KEY] as Record<string, PracticeSource> | undefined)?.[mode]
