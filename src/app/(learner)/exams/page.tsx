'use client'

import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

import { ConfirmDialog } from '../components/ConfirmDialog'
import { ErrorNotice, Loading } from '../components/Status'
import { type ApiError, apiFetch, isApiError, newIdempotencyKey } from '../lib/api'
import { signInIfExpired } from '../lib/auth'
import { plural } from '../lib/format'
import type { ExamResult, ExamSession, ExamTemplate, Page } from '../lib/types'
import { useApi } from '../lib/useApi'
import { useDocumentTitle } from '../lib/useDocumentTitle'
import { TemplateCard } from './_components/TemplateCard'

/** The papers open to the learner: start one (after a warning that the clock starts) or resume a sitting. */
export default function Exams() {
  useDocumentTitle('Exams')
  const router = useRouter()
  const templates = useApi<ExamTemplate[]>('/exams/templates')
  const sessions = useApi<Page<ExamResult>>('/exams/sessions?limit=100')
  const [starting, setStarting] = useState<ExamTemplate | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | string | null>(null)
  const key = useRef(newIdempotencyKey())

  if (templates.error) return <ErrorNotice error={templates.error} onRetry={templates.reload} />
  if (!templates.data) return <Loading />
  const openByTemplate = new Map((sessions.data?.docs ?? []).filter((s) => s.status === 'open').map((s) => [s.template.id, s.id]))

  async function start(template: ExamTemplate) {
    setBusy(true)
    setError(null)
    try {
      const session = await apiFetch<ExamSession>('/exams/sessions', { method: 'POST', json: { template_id: template.id }, idempotencyKey: key.current })
      router.push(`/exams/${session.id}`)
    } catch (caught) {
      if (signInIfExpired(caught)) return
      key.current = newIdempotencyKey()
      setError(isApiError(caught) ? caught : 'Could not reach Practica. Check your connection and try again.')
      setStarting(null)
      setBusy(false)
      templates.reload()
    }
  }

  return (
    <>
      <h1 className="page-title">Mock exams</h1>
      {error && <ErrorNotice error={error} />}
      {templates.data.length === 0 ? (
        <p className="card muted">No exam papers are open to you yet.</p>
      ) : (
        <ul className="plain-list templates">
          {templates.data.map((t) => (
            <TemplateCard
              key={t.id}
              template={t}
              openSessionId={openByTemplate.get(t.id)}
              onStart={() => {
                key.current = newIdempotencyKey()
                setStarting(t)
              }}
              onResume={() => router.push(`/exams/${openByTemplate.get(t.id)}`)}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={starting !== null}
        title={`Start ${starting?.name ?? 'the exam'}?`}
        confirmLabel="Start now"
        busy={busy}
        onConfirm={() => starting && start(starting)}
        onCancel={() => setStarting(null)}
      >
        {starting && (
          <p>
            You will have {plural(starting.duration_minutes, 'minute')} for {plural(starting.total_questions, 'question')}. The clock starts now and keeps running if you leave the page;
            your answers are saved as you go and the exam is submitted automatically when time runs out.
          </p>
        )}
      </ConfirmDialog>
    </>
  )
}
