import Link from 'next/link'
import React from 'react'

import { formatDateTime, formatDuration, formatPercent } from '../../lib/format'
import type { ExamResult } from '../../lib/types'

/** A submitted sitting: the score against the pass mark, and the way to the review. */
export function ExamResults({ result, note }: { result: ExamResult; note?: string }) {
  const verdict = result.passed == null ? null : result.passed ? 'Passed' : 'Not passed'
  return (
    <section className="card" aria-labelledby="results-heading">
      <h1 id="results-heading">Results: {result.template.name}</h1>
      {note && <p className="notice" role="status">{note}</p>}
      {!note && result.auto_submitted && <p className="notice">Time ran out: the exam was submitted automatically with the answers saved before the deadline.</p>}
      <p className="score-line">
        <span className="score">{formatPercent(result.score_percent)}</span>
        {verdict && <span className={`verdict-tag ${result.passed ? 'is-correct' : 'is-incorrect'}`}>{verdict}</span>}
      </p>
      <dl className="stats">
        {result.pass_mark != null && <div><dt>Pass mark</dt><dd>{result.pass_mark}%</dd></div>}
        <div><dt>Score</dt><dd>{Math.round(result.score * 100) / 100} of {result.max_score}</dd></div>
        <div><dt>Correct</dt><dd>{result.correct} of {result.total}</dd></div>
        <div><dt>Answered</dt><dd>{result.answered} of {result.total}</dd></div>
        <div><dt>Duration</dt><dd>{formatDuration(result.duration_sec)}</dd></div>
        <div><dt>Submitted</dt><dd>{formatDateTime(result.submitted_at)}</dd></div>
        <div><dt>Attempt</dt><dd>{result.attempt_number}</dd></div>
      </dl>
      <div className="links">
        <Link className="button" href={`/exams/${result.id}/review`}>Review answers</Link>
        <Link className="button secondary-link" href="/exams">All exams</Link>
        <Link className="button secondary-link" href="/history">Your history</Link>
      </div>
    </section>
  )
}
