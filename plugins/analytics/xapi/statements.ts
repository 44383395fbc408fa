import { createHash } from 'node:crypto'

/**
 * Learning records as xAPI 1.0.3 statements. Pure. Learners appear as pseudonymous accounts on this
 * platform (no names or emails leave it); ids are derived from the record, so the same record always
 * gives the same statement id and a Learning Record Store can drop duplicates.
 */

export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
} as const

export type Statement = Record<string, unknown> & { id: string }

/** A name-based UUID (version 5 layout) from a string. */
export function uuidFrom(name: string): string {
  const h = createHash('sha1').update(name).digest()
  h[6] = (h[6] & 0x0f) | 0x50
  h[8] = (h[8] & 0x3f) | 0x80
  const hex = h.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** ISO 8601 duration of whole seconds, e.g. PT1M5S. */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = s % 60
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${rest || (!h && !m) ? `${rest}S` : ''}`
}

const actor = (base: string, userId: number) => ({ objectType: 'Agent', account: { homePage: base, name: `user-${userId}` } })
const scaled = (raw: number, max: number) => (max > 0 ? Math.max(-1, Math.min(1, Math.round((raw / max) * 10_000) / 10_000)) : 0)

export type AnsweredRecord = { responseId: number; userId: number; questionId: number; questionVersion: number; sessionKind: 'practice' | 'exam'; sessionId: number; isCorrect: boolean; score: number; maxScore: number; timeSpentSec: number; answeredAt: Date }

export function answeredStatement(base: string, r: AnsweredRecord): Statement {
  const session = `${base}/${r.sessionKind === 'practice' ? 'practice-sessions' : 'exam-sessions'}/${r.sessionId}`
  return {
    id: uuidFrom(`answered:${r.responseId}:${r.answeredAt.toISOString()}`),
    actor: actor(base, r.userId),
    verb: VERBS.answered,
    object: { objectType: 'Activity', id: `${base}/questions/${r.questionId}`, definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction' } },
    result: { success: r.isCorrect, score: { raw: r.score, max: r.maxScore, min: Math.min(0, r.score), scaled: scaled(r.score, r.maxScore) }, duration: isoDuration(r.timeSpentSec) },
    context: { contextActivities: { parent: [{ objectType: 'Activity', id: session }] }, extensions: { [`${base}/xapi/question-version`]: r.questionVersion } },
    timestamp: r.answeredAt.toISOString(),
  }
}

export type SessionRecord = { kind: 'practice' | 'exam'; sessionId: number; userId: number; name: string | null; answered: number; correct: number; scorePercent: number; timeSpentSec: number; at: Date; passed: boolean | null }

/** A finished practice session (completed) or exam sitting (passed, failed, or completed when the paper has no pass mark). */
export function sessionStatement(base: string, s: SessionRecord): Statement {
  const verb = s.kind === 'exam' && s.passed !== null ? (s.passed ? VERBS.passed : VERBS.failed) : VERBS.completed
  const type = s.kind === 'exam' ? 'http://adlnet.gov/expapi/activities/assessment' : 'http://adlnet.gov/expapi/activities/lesson'
  return {
    id: uuidFrom(`${s.kind}:${s.sessionId}`),
    actor: actor(base, s.userId),
    verb,
    object: { objectType: 'Activity', id: `${base}/${s.kind === 'practice' ? 'practice-sessions' : 'exam-sessions'}/${s.sessionId}`, definition: { type, ...(s.name ? { name: { 'en-US': s.name } } : {}) } },
    result: {
      completion: true,
      ...(s.passed !== null ? { success: s.passed } : {}),
      score: { raw: s.correct, min: 0, max: s.answered, scaled: scaled(s.scorePercent, 100) },
      duration: isoDuration(s.timeSpentSec),
    },
    timestamp: s.at.toISOString(),
  }
}
