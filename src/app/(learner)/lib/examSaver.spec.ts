import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ExamSaver, type SaveState } from './examSaver'

type Call = { body: { answers: { question_id: number; time_spent_sec?: number }[] }; key: string | null }

/** A browser-ish window (localStorage and events) and a scripted server. */
function setup(responses: (call: Call) => Response | Promise<Response>) {
  const store = new Map<string, string>()
  const listeners = new Map<string, () => void>()
  vi.stubGlobal('window', {
    localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) },
    addEventListener: (type: string, fn: () => void) => void listeners.set(type, fn),
    removeEventListener: (type: string) => void listeners.delete(type),
  })
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const call = { body: JSON.parse(String(init.body)), key: (init.headers as Record<string, string>)['Idempotency-Key'] ?? null }
      calls.push(call)
      return responses(call)
    }),
  )
  const states: SaveState[] = []
  const events = { onState: (s: SaveState) => void states.push(s), onSaved: vi.fn(), onUnauthorized: vi.fn(), onClosed: vi.fn() }
  return { store, listeners, calls, states, events }
}

const ok = () => Response.json({ saved: 1, answered: 1, total: 6, flagged: [], remaining_sec: 600 })
const refuse = (status: number, message: string, path?: string) => Response.json({ errors: [{ message, ...(path ? { path } : {}) }] }, { status })

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('exam autosave', () => {
  it('sends queued answers as one batch with an Idempotency-Key and forgets them once acknowledged', async () => {
    const { calls, store, events } = setup(ok)
    const saver = new ExamSaver(7, events)
    saver.put({ question_id: 1, selected_option_ids: ['a'], flagged: false, time_spent_sec: 5 })
    saver.put({ question_id: 2, answer: '45', flagged: true })
    expect(store.get('practica.exam.7.unsaved')).toContain('"question_id":2')
    await vi.runAllTimersAsync()
    expect(calls).toHaveLength(1)
    expect(calls[0].body.answers.map((a) => a.question_id)).toEqual([1, 2])
    expect(calls[0].key).toMatch(/^[0-9a-f]{32}$/)
    expect(saver.hasUnsaved()).toBe(false)
    expect(store.has('practica.exam.7.unsaved')).toBe(false)
    expect(events.onSaved).toHaveBeenCalledWith(expect.objectContaining({ remaining_sec: 600 }))
  })

  it('retries a failed batch with the same key and body, backing off, and tells the learner', async () => {
    let failures = 2
    const { calls, states, events } = setup(() => (failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : ok()))
    const saver = new ExamSaver(7, events)
    saver.put({ question_id: 1, answer: 'x', flagged: false, time_spent_sec: 3 })
    await vi.advanceTimersByTimeAsync(0)
    expect(states.at(-1)).toMatchObject({ kind: 'retrying', pending: 1 })
    saver.put({ question_id: 1, answer: 'xy', flagged: false, time_spent_sec: 2 })
    await vi.advanceTimersByTimeAsync(1000)
    await vi.advanceTimersByTimeAsync(2000)
    await vi.runAllTimersAsync()
    expect(calls[0]).toEqual(calls[1])
    expect(calls[2]).toEqual(calls[0])
    // The change made meanwhile goes out next, with only the time not yet sent.
    expect(calls[3].body.answers).toEqual([{ question_id: 1, answer: 'xy', flagged: false, time_spent_sec: 2 }])
    expect(calls[3].key).not.toBe(calls[0].key)
    expect(states.at(-1)).toMatchObject({ kind: 'saved' })
  })

  it('keeps what was not acknowledged across a reload and re-sends the batch in flight unchanged', async () => {
    const first = setup(() => new Promise<Response>(() => undefined))
    new ExamSaver(9, first.events).put({ question_id: 3, selected_option_ids: ['b'], flagged: true })
    await vi.advanceTimersByTimeAsync(0)
    const kept = first.store.get('practica.exam.9.unsaved')!
    expect(ExamSaver.unsavedOf(9)).toEqual([{ question_id: 3, selected_option_ids: ['b'], flagged: true, time_spent_sec: 0 }])

    const second = setup(ok)
    second.store.set('practica.exam.9.unsaved', kept)
    const saver = new ExamSaver(9, second.events)
    saver.flush()
    await vi.runAllTimersAsync()
    expect(second.calls).toHaveLength(1)
    expect(second.calls[0]).toEqual(first.calls[0])
    expect(saver.hasUnsaved()).toBe(false)
  })

  it('drops an answer the server refuses and still saves the others', async () => {
    const { calls, states, events } = setup((call) => (call.body.answers.some((a) => a.question_id === 2) ? refuse(400, 'Option z is not an option of question 2.', 'answers.1.selected_option_ids.0') : ok()))
    const saver = new ExamSaver(7, events)
    saver.put({ question_id: 1, answer: 'x', flagged: false })
    saver.put({ question_id: 2, selected_option_ids: ['z'], flagged: false })
    await vi.runAllTimersAsync()
    expect(states).toContainEqual(expect.objectContaining({ kind: 'refused', questionId: 2 }))
    expect(calls.at(-1)!.body.answers.map((a) => a.question_id)).toEqual([1])
    expect(saver.hasUnsaved()).toBe(false)
  })

  it('stops when the exam no longer takes answers, and on an expired session keeps the answers for later', async () => {
    const closed = setup(() => refuse(409, 'Exam session 7 is already submitted; answers can no longer change.'))
    const saver = new ExamSaver(7, closed.events)
    saver.put({ question_id: 1, answer: 'x', flagged: false })
    await vi.runAllTimersAsync()
    expect(closed.events.onClosed).toHaveBeenCalledWith(expect.objectContaining({ status: 409 }))
    expect(closed.store.size).toBe(0)

    const expired = setup(() => refuse(401, 'Sign in to use practice and exams.'))
    const again = new ExamSaver(8, expired.events)
    again.put({ question_id: 1, answer: 'x', flagged: false })
    await vi.runAllTimersAsync()
    expect(expired.events.onUnauthorized).toHaveBeenCalled()
    expect(expired.store.get('practica.exam.8.unsaved')).toContain('"answer":"x"')
  })
})
