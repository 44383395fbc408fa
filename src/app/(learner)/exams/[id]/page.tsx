'use client'

import { useParams } from 'next/navigation'
import React, { useCallback, useState } from 'react'

import { ErrorNotice, Loading } from '../../components/Status'
import type { ExamSession } from '../../lib/types'
import { useApi } from '../../lib/useApi'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useStudyHeartbeat } from '../../lib/useStudyHeartbeat'
import { ExamResults } from '../_components/ExamResults'
import { ExamSitting } from '../_components/ExamSitting'

/** An open sitting resumes with its saved answers and the server's remaining time; a submitted one shows its results. */
export default function ExamSessionPage() {
  const { id } = useParams<{ id: string }>()
  const session = useApi<ExamSession>(`/exams/sessions/${encodeURIComponent(id)}`)
  useStudyHeartbeat(session.data?.status === 'open')
  const [note, setNote] = useState<string | undefined>(undefined)
  const { reload } = session
  const onFinished = useCallback(
    (message?: string) => {
      setNote(message)
      reload()
    },
    [reload],
  )
  useDocumentTitle(session.data?.status === 'submitted' ? 'Exam results' : 'Exam')
  if (session.error) return <ErrorNotice error={session.error} onRetry={session.reload} />
  if (!session.data) return <Loading />
  if (session.data.status === 'submitted') return <ExamResults result={session.data} note={note} />
  return <ExamSitting key={session.data.id} session={session.data} onFinished={onFinished} />
}
