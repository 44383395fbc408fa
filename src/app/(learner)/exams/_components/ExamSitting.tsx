'use client'

import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { AnswerInputs } from '../../components/AnswerInputs'
import { ConfidencePicker } from '../../components/ConfidencePicker'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ExamNavigator } from '../../components/ExamNavigator'
import { ExamTimer } from '../../components/ExamTimer'
import { QuestionStem } from '../../components/QuestionStem'
import { SaveStatus } from '../../components/SaveStatus'
import { ErrorNotice } from '../../components/Status'
import { hasAnswer } from '../../lib/answers'
import { apiFetch, errorMessage, isApiError } from '../../lib/api'
import { redirectToSignIn, signInIfExpired } from '../../lib/auth'
import { ExamSaver, type SaveState } from '../../lib/examSaver'
import { plural } from '../../lib/format'
import type { ExamResult, ExamSession } from '../../lib/types'
import { useCountdown } from '../../lib/useCountdown'
import { blankState, type QuestionState, restoreStates, toInput } from './examState'
import { useServerDeadline } from './useServerDeadline'

/** How long typing may pause before the text is saved; choices save at once. */
const TYPING_DELAY_MS = 800

type Props = { session: ExamSession; onFinished: (note?: string) => void }

/** A sitting in progress: one question at a time, a navigator, the server's clock, autosave, flags and submit. */
export function ExamSitting({ session, onFinished }: Props) {
  const questions = session.questions
  const positionKey = `practica.exam.${session.id}.at`
  const [states, setStates] = useState<Record<number, QuestionState>>(() => restoreStates(session))
  const statesRef = useRef(states)
  const [index, setIndex] = useState(() => Math.min(questions.length - 1, Math.max(0, Number(window.sessionStorage.getItem(positionKey)) || 0)))
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null })
  const [refusal, setRefusal] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [submitError, setSubmitError] = useState<string | null>(null)
  const { remaining, sync } = useCountdown(session.remaining_sec)
  const saver = useRef<ExamSaver | null>(null)
  const shownAt = useRef(performance.now())
  const finished = useRef(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions])
  const positionOf = useCallback((id: number) => byId.get(id)?.position ?? id, [byId])

  const finish = useCallback(
    (note?: string) => {
      if (finished.current) return
      finished.current = true
      saver.current?.forget()
      onFinished(note)
    },
    [onFinished],
  )

  // The saver lives as long as the sitting; it reaches the latest callbacks through a ref.
  const handlers = useRef({ sync, finish, positionOf })
  handlers.current = { sync, finish, positionOf }
  useEffect(() => {
    // Leaving with unsaved answers asks first; they are kept on this device either way.
    const warn = (event: BeforeUnloadEvent) => {
      if (s.hasUnsaved()) event.preventDefault()
    }
    const s = new ExamSaver(session.id, {
      onState: (state) => {
        setSaveState(state)
        if (state.kind === 'refused') setRefusal(`Your answer to question ${handlers.current.positionOf(state.questionId)} was refused: ${state.message}`)
      },
      onSaved: (result) => handlers.current.sync(result.remaining_sec),
      onUnauthorized: () => {
        window.removeEventListener('beforeunload', warn)
        redirectToSignIn()
      },
      onClosed: (error) => handlers.current.finish((error.body as { result?: ExamResult } | undefined)?.result ? error.message : undefined),
    })
    saver.current = s
    s.flush() // answers kept on this device from an earlier visit go out first
    window.addEventListener('beforeunload', warn)
    return () => {
      window.removeEventListener('beforeunload', warn)
      s.stop()
    }
  }, [session.id])

  /** Seconds spent on the current question since last counted. */
  const takeTime = useCallback(() => {
    const seconds = Math.floor((performance.now() - shownAt.current) / 1000)
    shownAt.current += seconds * 1000
    return seconds
  }, [])

  const update = useCallback(
    (questionId: number, patch: Partial<QuestionState>, delayMs = 0) => {
      const question = byId.get(questionId)!
      const next = { ...(statesRef.current[questionId] ?? blankState), ...patch }
      if (patch.draft && hasAnswer(question, patch.draft)) next.touched = true
      statesRef.current = { ...statesRef.current, [questionId]: next }
      setStates(statesRef.current)
      saver.current?.put(toInput(question, next, takeTime()), delayMs)
    },
    [byId, takeTime],
  )

  const go = useCallback(
    (to: number) => {
      const current = questions[index]
      const seconds = takeTime()
      if (seconds > 0) saver.current?.put(toInput(current, statesRef.current[current.id] ?? blankState, seconds))
      shownAt.current = performance.now()
      setIndex(to)
      window.sessionStorage.setItem(positionKey, String(to))
    },
    [questions, index, takeTime, positionKey],
  )

  useEffect(() => {
    if (moved.current) headingRef.current?.focus()
    moved.current = true
  }, [index])

  useServerDeadline({ sessionId: session.id, remaining, sync, finish, saver, finished })

  async function submit() {
    setSubmitting(true)
    setSubmitError(null)
    const saved = (await saver.current?.drain(10_000)) ?? true
    if (finished.current) return
    if (!saved) {
      setSubmitting(false)
      setConfirming(false)
      setSubmitError('Some answers are not saved yet, so the exam was not submitted. They are kept on this device and retried; submit again once they are saved.')
      return
    }
    try {
      await apiFetch<ExamResult>(`/exams/sessions/${session.id}/submit`, { method: 'POST', json: {}, idempotencyKey: `submit-${session.id}` })
      finish()
    } catch (caught) {
      if (signInIfExpired(caught)) return
      if (isApiError(caught) && caught.status === 409) return finish(caught.message)
      setSubmitError(errorMessage(caught))
      setSubmitting(false)
      setConfirming(false)
    }
  }

  const question = questions[index]
  const state = states[question.id] ?? blankState
  const items = questions.map((q) => ({ id: q.id, position: q.position, answered: hasAnswer(q, states[q.id]?.draft), flagged: Boolean(states[q.id]?.flagged) }))
  const answered = items.filter((i) => i.answered).length
  const flagged = items.filter((i) => i.flagged).length
  const headingId = `exam-question-${question.id}`
  const text = question.type === 'short-answer' || question.type === 'numerical'

  return (
    <div className="exam">
      <div className="exam-bar">
        <div>
          <h1 className="exam-title">{session.template.name}</h1>
          {session.template.paper && <p className="muted">{session.template.paper}</p>}
        </div>
        <ExamTimer remaining={remaining ?? 0} />
        <SaveStatus state={saveState} />
      </div>
      {refusal && <ErrorNotice error={refusal} />}
      {submitError && <ErrorNotice error={submitError} />}
      <div className="exam-body">
        <ExamNavigator items={items} current={index} onGo={go} />
        <section className="card exam-question" aria-labelledby={headingId}>
          <QuestionStem question={question} heading={`Question ${question.position} of ${questions.length}`} headingId={headingId} ref={headingRef} />
          <AnswerInputs
            question={question}
            draft={state.draft}
            idPrefix={`exam-q${question.id}`}
            onChange={(draft) => update(question.id, { draft }, text ? TYPING_DELAY_MS : 0)}
            onCommit={() => saver.current?.flush()}
          />
          {session.certainty_based && (
            <ConfidencePicker value={state.confidence} idPrefix={`exam-q${question.id}`} onChange={(confidence) => update(question.id, { confidence })} />
          )}
          <div className="toolbar">
            <button type="button" className="secondary" aria-pressed={state.flagged} onClick={() => update(question.id, { flagged: !state.flagged })}>
              <span aria-hidden="true">{state.flagged ? '⚑' : '⚐'} </span>Flag for review
            </button>
            <button type="button" className="secondary" disabled={index === 0} onClick={() => go(index - 1)}>Previous</button>
            <button type="button" disabled={index === questions.length - 1} onClick={() => go(index + 1)}>Next</button>
          </div>
        </section>
      </div>
      <div className="submit-row">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>Submit exam</button>
      </div>
      <ConfirmDialog open={confirming} title="Submit your exam?" confirmLabel="Yes, submit" cancelLabel="Keep working" busy={submitting} onConfirm={submit} onCancel={() => setConfirming(false)}>
        <p>You have answered {answered} of {plural(questions.length, 'question')}{flagged ? `, and ${plural(flagged, 'question')} ${flagged === 1 ? 'is' : 'are'} flagged` : ''}.</p>
        {answered < questions.length && <p><strong>{plural(questions.length - answered, 'question')} unanswered.</strong></p>}
        <p>Once submitted, answers can no longer change.</p>
      </ConfirmDialog>
    </div>
  )
}
