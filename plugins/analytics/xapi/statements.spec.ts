import { describe, expect, it } from 'vitest'

import { answeredStatement, isoDuration, sessionStatement, uuidFrom } from './statements'

const base = 'https://practica.example'
const at = new Date('2026-11-22T10:00:00Z')

describe('xAPI statements', () => {
  it('names durations in ISO 8601 and derives stable UUIDs', () => {
    expect(isoDuration(0)).toBe('PT0S')
    expect(isoDuration(65)).toBe('PT1M5S')
    expect(isoDuration(3600)).toBe('PT1H')
    expect(uuidFrom('a')).toBe(uuidFrom('a'))
    expect(uuidFrom('a')).not.toBe(uuidFrom('b'))
    expect(uuidFrom('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('maps an answer to "answered" with success, score and duration, the learner pseudonymous', () => {
    const s = answeredStatement(base, { responseId: 7, userId: 3, questionId: 12, questionVersion: 40, sessionKind: 'practice', sessionId: 5, isCorrect: false, score: -0.25, maxScore: 1, timeSpentSec: 42, answeredAt: at })
    expect(s).toMatchObject({
      actor: { account: { homePage: base, name: 'user-3' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
      object: { id: `${base}/questions/12` },
      result: { success: false, score: { raw: -0.25, max: 1, min: -0.25, scaled: -0.25 }, duration: 'PT42S' },
      context: { contextActivities: { parent: [{ id: `${base}/practice-sessions/5` }] } },
      timestamp: at.toISOString(),
    })
    expect(JSON.stringify(s)).not.toMatch(/@/)
  })

  it('maps a sitting to passed or failed when the paper has a pass mark, else completed', () => {
    const sitting = { kind: 'exam' as const, sessionId: 9, userId: 3, name: 'Paper 1', answered: 180, correct: 120, scorePercent: 66.67, timeSpentSec: 9000, at }
    expect(sessionStatement(base, { ...sitting, passed: true }).verb).toMatchObject({ id: 'http://adlnet.gov/expapi/verbs/passed' })
    expect(sessionStatement(base, { ...sitting, passed: false }).verb).toMatchObject({ id: 'http://adlnet.gov/expapi/verbs/failed' })
    const practice = sessionStatement(base, { ...sitting, kind: 'practice', passed: null })
    expect(practice).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, result: { completion: true, score: { raw: 120, max: 180, scaled: 0.6667 }, duration: 'PT2H30M' } })
  })
})
