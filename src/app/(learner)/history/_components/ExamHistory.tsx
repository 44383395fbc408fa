'use client'

import Link from 'next/link'
import React from 'react'

import { ErrorNotice, Loading } from '../../components/Status'
import { formatDateTime, formatDuration, formatPercent } from '../../lib/format'
import type { ExamResult } from '../../lib/types'
import { usePaged } from './usePaged'

const outcome = (e: ExamResult) => (e.passed == null ? '' : e.passed ? ' · passed' : ' · not passed')

/** The learner's exam sittings: paper, score against the pass mark, duration; results, review or resume. */
export function ExamHistory() {
  const { docs, total, hasMore, loading, error, more } = usePaged<ExamResult>('/exams/sessions')
  return (
    <section className="card" aria-labelledby="exam-history">
      <h2 id="exam-history">Exams</h2>
      {error && <ErrorNotice error={error} />}
      {!docs ? (
        !error && <Loading />
      ) : docs.length === 0 ? (
        <p className="muted">No exams yet. <Link href="/exams">See the papers open to you</Link>.</p>
      ) : (
        <table className="history-table" role="table">
          <caption className="visually-hidden">Exam sittings, newest first ({total} in all)</caption>
          <thead>
            <tr role="row"><th scope="col" role="columnheader">Paper</th><th scope="col" role="columnheader">Started</th><th scope="col" role="columnheader">Score</th><th scope="col" role="columnheader">Duration</th><th scope="col" role="columnheader">Status</th><th scope="col" role="columnheader"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {docs.map((e) => {
              const label = `${e.template.name}${e.template.paper ? `, ${e.template.paper}` : ''}, attempt ${e.attempt_number}`
              return (
                <tr key={e.id} role="row">
                  <td role="cell" data-label="Paper">{e.template.name}{e.template.paper && <span className="muted"> · {e.template.paper}</span>} <span className="muted">(attempt {e.attempt_number})</span></td>
                  <td role="cell" data-label="Started">{formatDateTime(e.started_at)}</td>
                  <td role="cell" data-label="Score">{e.status === 'submitted' ? `${formatPercent(e.score_percent)}${outcome(e)}` : '—'}</td>
                  <td role="cell" data-label="Duration">{e.status === 'submitted' ? formatDuration(e.duration_sec) : `${formatDuration(e.remaining_sec ?? 0)} left`}</td>
                  <td role="cell" data-label="Status">{e.status === 'open' ? 'In progress' : `Submitted ${formatDateTime(e.submitted_at)}${e.auto_submitted ? ' (time ran out)' : ''}`}</td>
                  <td role="cell" className="actions">
                    {e.status === 'open' ? (
                      <Link href={`/exams/${e.id}`} aria-label={`Resume ${label}`}>Resume</Link>
                    ) : (
                      <>
                        <Link href={`/exams/${e.id}`} aria-label={`Results of ${label}`}>Results</Link>
                        <Link href={`/exams/${e.id}/review`} aria-label={`Review of ${label}`}>Review</Link>
                      </>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {hasMore && <button type="button" className="secondary" onClick={more} disabled={loading}>{loading ? 'Loading…' : 'Show more'}</button>}
    </section>
  )
}
