'use client'

import { useParams } from 'next/navigation'
import React from 'react'

import { ErrorNotice, Loading } from '../../components/Status'
import type { PracticeSession } from '../../lib/types'
import { useApi } from '../../lib/useApi'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useStudyHeartbeat } from '../../lib/useStudyHeartbeat'
import { PracticePlayer } from '../_components/PracticePlayer'
import { PracticeSummaryView } from '../_components/PracticeSummaryView'

/** An open session resumes where the learner left off; a completed one shows its summary. */
export default function PracticeSessionPage() {
  const { id } = useParams<{ id: string }>()
  const session = useApi<PracticeSession>(`/practice/sessions/${encodeURIComponent(id)}`)
  useStudyHeartbeat(session.data?.status === 'open')
  useDocumentTitle(session.data?.status === 'completed' ? 'Practice summary' : 'Practice')
  if (session.error) return <ErrorNotice error={session.error} onRetry={session.reload} />
  if (!session.data) return <Loading />
  if (session.data.status === 'completed') return <PracticeSummaryView session={session.data} />
  return (
    <>
      <h1 className="page-title">Practice session</h1>
      <PracticePlayer key={session.data.id} session={session.data} onCompleted={session.reload} />
    </>
  )
}
