import { type ApiError, apiFetch, isApiError, newIdempotencyKey } from './api'
import type { ExamAnswerInput, ExamSaveResult } from './types'

export type SaveState =
  | { kind: 'saved'; at: number | null }
  | { kind: 'saving'; pending: number }
  | { kind: 'retrying'; pending: number; retryAt: number; reason: string }
  | { kind: 'refused'; pending: number; message: string; questionId: number }
  | { kind: 'closed'; message: string }

export type SaverEvents = {
  onState: (state: SaveState) => void
  onSaved: (result: ExamSaveResult) => void
  /** The session expired: unsaved answers stay on this device until the learner is back. */
  onUnauthorized: () => void
  /** The exam no longer takes answers (submitted, or its time ran out). */
  onClosed: (error: ApiError) => void
}

type Entry = ExamAnswerInput & { rev: number }
/** A batch sent but not yet acknowledged: a retry re-sends exactly this body with this key. */
type Batch = { key: string; answers: ExamAnswerInput[]; revs: Record<string, number> }
type Stored = { pending: Entry[]; inflight: Batch | null }

const BACKOFF_SEC = [1, 2, 4, 8, 15, 30]

const storageKeyOf = (sessionId: number) => `practica.exam.${sessionId}.unsaved`

function readStored(sessionId: number): Stored {
  try {
    const raw = window.localStorage.getItem(storageKeyOf(sessionId))
    const parsed = raw ? (JSON.parse(raw) as Stored) : null
    return { pending: Array.isArray(parsed?.pending) ? parsed.pending : [], inflight: parsed?.inflight ?? null }
  } catch {
    return { pending: [], inflight: null }
  }
}

/** The newest unacknowledged state per question: the batch in flight, then what changed after it. */
function mergeUnsaved(stored: Stored): ExamAnswerInput[] {
  const merged = new Map<number, ExamAnswerInput>()
  for (const a of stored.inflight?.answers ?? []) merged.set(a.question_id, a)
  for (const { rev: _rev, ...a } of stored.pending) merged.set(a.question_id, { ...merged.get(a.question_id), ...a })
  return [...merged.values()]
}

const transient = (error: unknown) =>
  !isApiError(error) || error.status >= 500 || error.status === 429 || (error.status === 409 && error.fields['Idempotency-Key'] !== undefined)

/**
 * Autosave for one exam session. Every change is kept in localStorage until the server acknowledges
 * it; batches go out one at a time with an Idempotency-Key, and a failed batch is retried with the
 * same key and body (backing off), so a retry never saves twice and a reload never loses an answer.
 */
export class ExamSaver {
  private pending = new Map<number, Entry>()
  private inflight: Batch | null = null
  private running = false
  private stopped = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private failures = 0
  /** After a refusal that names no answer, answers go one by one so the bad one is found. */
  private oneAtATime = false
  private rev = 0
  private state: SaveState = { kind: 'saved', at: null }
  private waiters: (() => void)[] = []
  private readonly storageKey: string

  constructor(
    private readonly sessionId: number,
    private readonly events: SaverEvents,
  ) {
    this.storageKey = storageKeyOf(sessionId)
    const stored = readStored(sessionId)
    for (const entry of stored.pending) this.pending.set(entry.question_id, entry)
    this.inflight = stored.inflight
    this.rev = Math.max(0, ...stored.pending.map((e) => e.rev))
    window.addEventListener('online', this.retryNow)
  }

  /** Answers this device kept for a session that the server has not acknowledged (read without starting a saver). */
  static unsavedOf(sessionId: number): ExamAnswerInput[] {
    return mergeUnsaved(readStored(sessionId))
  }

  hasUnsaved(): boolean {
    return this.pending.size > 0 || this.inflight !== null
  }

  /** Queues the current state of one question; time spent adds up until it is sent. */
  put(answer: ExamAnswerInput, delayMs = 0): void {
    if (this.stopped) return
    const previous = this.pending.get(answer.question_id)
    const time = (previous?.time_spent_sec ?? 0) + (answer.time_spent_sec ?? 0)
    this.pending.set(answer.question_id, { ...previous, ...answer, time_spent_sec: time, rev: ++this.rev })
    this.persist()
    if (this.state.kind === 'retrying') this.emit({ ...this.state, pending: this.count() })
    else this.schedule(delayMs)
  }

  /** Sends what is queued now. */
  flush(): void {
    this.schedule(0)
  }

  /** Sends everything and resolves true once all is acknowledged, false if it cannot be now. */
  async drain(timeoutMs = 10_000): Promise<boolean> {
    if (!this.hasUnsaved()) return true
    this.retryNow()
    const deadline = Date.now() + timeoutMs
    while (this.hasUnsaved() && Date.now() < deadline && this.state.kind !== 'closed' && !this.stopped) {
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, Math.max(0, deadline - Date.now()))
      })
    }
    return !this.hasUnsaved()
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    window.removeEventListener('online', this.retryNow)
  }

  /** The exam is over: nothing more can be saved, so nothing is kept. */
  forget(): void {
    this.stop()
    this.pending.clear()
    this.inflight = null
    window.localStorage.removeItem(this.storageKey)
  }

  private retryNow = (): void => {
    if (this.state.kind === 'retrying') this.failures = Math.max(0, this.failures - 1)
    this.schedule(0)
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.run()
    }, delayMs)
  }

  private count(): number {
    return new Set([...this.pending.keys(), ...(this.inflight?.answers.map((a) => a.question_id) ?? [])]).size
  }

  private nextBatch(): Batch | null {
    if (this.inflight) return this.inflight
    if (this.pending.size === 0) {
      this.oneAtATime = false
      return null
    }
    const entries = [...this.pending.values()].slice(0, this.oneAtATime ? 1 : undefined)
    this.inflight = {
      key: newIdempotencyKey(),
      answers: entries.map(({ rev: _rev, ...a }) => a),
      revs: Object.fromEntries(entries.map((e) => [e.question_id, e.rev])),
    }
    this.persist()
    return this.inflight
  }

  private async run(): Promise<void> {
    if (this.running || this.stopped) return
    this.running = true
    try {
      for (let batch = this.nextBatch(); batch && !this.stopped; batch = this.nextBatch()) {
        this.emit({ kind: 'saving', pending: this.count() })
        try {
          const result = await apiFetch<ExamSaveResult>(`/exams/sessions/${this.sessionId}/attempts`, { method: 'POST', json: { answers: batch.answers }, idempotencyKey: batch.key })
          this.acknowledge(batch)
          this.failures = 0
          this.events.onSaved(result)
        } catch (error) {
          if (!this.handleFailure(batch, error)) return
        }
      }
      if (!this.stopped && !this.hasUnsaved()) this.emit({ kind: 'saved', at: Date.now() })
    } finally {
      this.running = false
    }
  }

  private acknowledge(batch: Batch): void {
    for (const sent of batch.answers) {
      const entry = this.pending.get(sent.question_id)
      if (!entry) continue
      if (entry.rev === batch.revs[sent.question_id]) this.pending.delete(sent.question_id)
      else entry.time_spent_sec = Math.max(0, (entry.time_spent_sec ?? 0) - (sent.time_spent_sec ?? 0))
    }
    this.inflight = null
    this.persist()
  }

  /** Returns true when the loop may go on with the next batch. */
  private handleFailure(batch: Batch, error: unknown): boolean {
    if (transient(error)) {
      const wait = BACKOFF_SEC[Math.min(this.failures, BACKOFF_SEC.length - 1)]
      this.failures++
      const reason = isApiError(error) ? error.message : 'No connection to Practica.'
      this.emit({ kind: 'retrying', pending: this.count(), retryAt: Date.now() + wait * 1000, reason })
      this.schedule(wait * 1000)
      return false
    }
    const apiError = error as ApiError
    if (apiError.status === 401) {
      this.emit({ kind: 'retrying', pending: this.count(), retryAt: Date.now(), reason: 'Your session expired.' })
      this.stop()
      this.events.onUnauthorized()
      return false
    }
    if (apiError.status === 409 || apiError.status === 404) {
      this.forget()
      this.emit({ kind: 'closed', message: apiError.message })
      this.events.onClosed(apiError)
      return false
    }
    // A 400 refuses the whole batch and changes nothing: drop the answer it names (it can never be saved) and send the rest.
    const path = Object.keys(apiError.fields)[0] ?? ''
    const index = batch.answers.length === 1 ? 0 : Number(/^answers\.(\d+)/.exec(path)?.[1] ?? -1)
    const refused = batch.answers[index]
    this.inflight = null
    if (!refused) {
      this.oneAtATime = true
      this.persist()
      return true
    }
    if (this.pending.get(refused.question_id)?.rev === batch.revs[refused.question_id]) this.pending.delete(refused.question_id)
    this.persist()
    this.emit({ kind: 'refused', pending: this.count(), message: apiError.message, questionId: refused.question_id })
    return this.pending.size > 0
  }

  private emit(state: SaveState): void {
    this.state = state
    this.events.onState(state)
    const waiting = this.waiters
    this.waiters = []
    for (const resolve of waiting) resolve()
  }

  private persist(): void {
    try {
      if (!this.hasUnsaved()) window.localStorage.removeItem(this.storageKey)
      else window.localStorage.setItem(this.storageKey, JSON.stringify({ pending: [...this.pending.values()], inflight: this.inflight } satisfies Stored))
    } catch {
      // Storage full or blocked: the answers are still in memory and keep being retried.
    }
  }
}
