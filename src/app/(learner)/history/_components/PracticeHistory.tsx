'use client'

import Link from 'next/link'
import React from 'react'

import { ErrorNotice, Loading } from '../../components/Status'
import { formatDateTime, formatDuration, formatPercent } from '../../lib/format'
import type { PracticeSummary } from '../../lib/types'
import { usePaged } from './usePaged'

/** "orthopaedic-surgery" → "Orthopaedic surgery": the list gives slugs, not names. */
const topic = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ')

/** The learner's practice sessions: when, what, how well, time spent answering; resume the open ones. */
export function PracticeHistory() {
  const { docs, total, hasMore, loading, error, more } = usePaged<PracticeSummary>('/practice/sessions')
  return (
    <section className="card" aria-labelledby="practice-history">
      <h2 id="practice-history">Practice sessions</h2>
      {error && <ErrorNotice error={error} />}
      {!docs ? (
        !error && <Loading />
      ) : docs.length === 0 ? (
        <p className="muted">No practice yet. <Link href="/practice">Start practising</Link>.</p>
      ) : (
        <table className="history-table" role="table">
          <caption className="visually-hidden">Practice sessions, newest first ({total} in all)</caption>
          <thead>
            <tr role="row"><th scope="col" role="columnheader">Started</th><th scope="col" role="columnheader">Topics</th><th scope="col" role="columnheader">Answered</th><th scope="col" role="columnheader">Score</th><th scope="col" role="columnheader">Time spent</th><th scope="col" role="columnheader">Status</th><th scope="col" role="columnheader"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {docs.map((s) => (
              <tr key={s.id} role="row">
                <td role="cell" data-label="Started">{formatDateTime(s.started_at)}</td>
                <td role="cell" data-label="Topics">{s.categories.length ? s.categories.map(topic).join(', ') : 'All categories'}</td>
                <td role="cell" data-label="Answered">{s.answered} of {s.question_count}</td>
                <td role="cell" data-label="Score">{s.answered ? `${formatPercent(s.score_percent)} (${s.correct} correct)` : '—'}</td>
                <td role="cell" data-label="Time spent">{formatDuration(s.time_spent_sec)}</td>
                <td role="cell" data-label="Status">{s.status === 'open' ? 'In progress' : `Completed ${formatDateTime(s.completed_at)}`}</td>
                <td role="cell">
                  <Link href={`/practice/${s.id}`} aria-label={`${s.status === 'open' ? 'Resume' : 'Summary of'} practice session of ${formatDateTime(s.started_at)}`}>
                    {s.status === 'open' ? 'Resume' : 'Summary'}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore && <button type="button" className="secondary" onClick={more} disabled={loading}>{loading ? 'Loading…' : 'Show more'}</button>}
    </section>
  )
}
