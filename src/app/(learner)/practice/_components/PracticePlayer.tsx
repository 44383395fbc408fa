'use client'

import React, { useEffect, useRef, useState } from 'react'

import { AnswerInputs } from '../../components/AnswerInputs'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Feedback } from '../../components/Feedback'
import { QuestionStem } from '../../components/QuestionStem'
import { ErrorNotice } from '../../components/Status'
import { answerFields, type Draft, draftFrom, emptyDraft, hasAnswer } from '../../lib/answers'
import { apiFetch, errorMessage, newIdempotencyKey } from '../../lib/api'
import { signInIfExpired } from '../../lib/auth'
import { plural } from '../../lib/format'
import type { Graded, PracticeAttemptResult, PracticeSession } from '../../lib/types'

type Sent = { questionId: number; fields: string; body: string; key: string }

/** One question at a time: answer, instant feedback, flag, move on, finish. */
export function PracticePlayer({ session, onCompleted }: { session: PracticeSession; onCompleted: () => void }) {
  const questions = session.questions
  const answeredBefore = session.answers.filter((a) => a.answered_at)
  const [drafts, setDrafts] = useState<Record<number, Draft>>(() => Object.fromEntries(answeredBefore.map((a) => [a.question_id, draftFrom(a)])))
  const [graded, setGraded] = useState<Record<number, Graded>>(() => Object.fromEntries(answeredBefore.map((a) => [a.question_id, a])))
  const [flags, setFlags] = useState<Record<number, boolean>>(() => Object.fromEntries(session.answers.map((a) => [a.question_id, a.flagged])))
  const [index, setIndex] = useState(() => {
    const firstOpen = questions.findIndex((q) => !graded[q.id])
    return firstOpen < 0 ? Math.max(0, questions.length - 1) : firstOpen
  })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [justAnswered, setJustAnswered] = useState<number | null>(null)
  const shownAt = useRef(performance.now())
  const lastSent = useRef<Sent | null>(null)
  const feedbackHeading = useRef<HTMLHeadingElement>(null)
  const questionHeading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  const question = questions[index]
  const draft = drafts[question.id] ?? emptyDraft
  const result = graded[question.id]
  const answeredCount = Object.keys(graded).length
  const unanswered = questions.length - answeredCount

  useEffect(() => {
    shownAt.current = performance.now()
    setError(null)
    // Focus follows the learner to the new question (not on first load, where the page heading leads).
    if (moved.current) questionHeading.current?.focus()
    moved.current = true
  }, [index])

  // The feedback takes focus once it is on screen, so it is read out at once.
  useEffect(() => {
    if (justAnswered !== null) feedbackHeading.current?.focus()
  }, [justAnswered])

  async function submit(event: React.FormEvent) {
    event.preventDefault()
    if (!hasAnswer(question, draft) || busy) return
    const fields = JSON.stringify(answerFields(question, draft))
    // A retry of the same answer re-sends the same body under the same key: the server answers once.
    const sent =
      lastSent.current?.questionId === question.id && lastSent.current.fields === fields
        ? lastSent.current
        : {
            questionId: question.id,
            fields,
            body: JSON.stringify({ question_id: question.id, ...JSON.parse(fields), time_spent_sec: Math.round((performance.now() - shownAt.current) / 1000) }),
            key: newIdempotencyKey(),
          }
    lastSent.current = sent
    setBusy(true)
    setError(null)
    try {
      const res = await apiFetch<PracticeAttemptResult>(`/practice/sessions/${session.id}/attempts`, { method: 'POST', body: sent.body, headers: { 'Content-Type': 'application/json' }, idempotencyKey: sent.key })
      lastSent.current = null
      setGraded((g) => ({ ...g, [question.id]: res }))
      setJustAnswered(question.id)
    } catch (caught) {
      if (!signInIfExpired(caught)) setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }

  async function toggleFlag() {
    const flagged = !flags[question.id]
    setFlags((f) => ({ ...f, [question.id]: flagged }))
    try {
      await apiFetch(`/practice/sessions/${session.id}/attempts`, { method: 'POST', json: { question_id: question.id, flagged }, idempotencyKey: newIdempotencyKey() })
    } catch (caught) {
      setFlags((f) => ({ ...f, [question.id]: !flagged }))
      if (!signInIfExpired(caught)) setError(errorMessage(caught))
    }
  }

  async function finish() {
    setBusy(true)
    try {
      await apiFetch(`/practice/sessions/${session.id}/complete`, { method: 'POST', json: {}, idempotencyKey: `complete-${session.id}` })
      onCompleted()
    } catch (caught) {
      if (!signInIfExpired(caught)) setError(errorMessage(caught))
      setBusy(false)
      setConfirming(false)
    }
  }

  const last = index === questions.length - 1
  const headingId = `question-${question.id}-heading`
  return (
    <section className="card practice" aria-labelledby={headingId}>
      <div className="progress-row">
        <p className="muted">Question {index + 1} of {questions.length} · {answeredCount} answered</p>
        <progress max={questions.length} value={answeredCount} aria-label="Questions answered">{answeredCount} of {questions.length}</progress>
      </div>
      <form onSubmit={submit}>
        <QuestionStem question={question} heading={`Question ${index + 1}`} headingId={headingId} ref={questionHeading} />
        <AnswerInputs question={question} draft={draft} disabled={Boolean(result) || busy} reveal={result} idPrefix={`q${question.id}`} onChange={(d) => setDrafts((all) => ({ ...all, [question.id]: d }))} />
        {!result && (
          <button type="submit" disabled={busy || !hasAnswer(question, draft)}>{busy ? 'Checking…' : 'Submit answer'}</button>
        )}
      </form>
      {error && <ErrorNotice error={error} />}
      {result && <Feedback graded={result} ref={feedbackHeading} />}
      <div className="toolbar">
        <button type="button" className="secondary" aria-pressed={Boolean(flags[question.id])} onClick={toggleFlag}>
          <span aria-hidden="true">{flags[question.id] ? '⚑' : '⚐'} </span>Flag for review
        </button>
        <button type="button" className="secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>Previous</button>
        {!last && (
          <button type="button" className={result ? undefined : 'secondary'} onClick={() => setIndex(index + 1)}>{result ? 'Next question' : 'Skip'}</button>
        )}
        <button type="button" className={last && result ? undefined : 'secondary'} onClick={() => (unanswered > 0 ? setConfirming(true) : finish())} disabled={busy}>
          Finish session
        </button>
      </div>
      <ConfirmDialog open={confirming} title="Finish this session?" confirmLabel="Finish now" cancelLabel="Keep practising" busy={busy} onConfirm={finish} onCancel={() => setConfirming(false)}>
        <p>You have {plural(unanswered, 'unanswered question')}. A finished session takes no more answers.</p>
      </ConfirmDialog>
    </section>
  )
}
