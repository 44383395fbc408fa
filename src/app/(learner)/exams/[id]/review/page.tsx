'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'
import React from 'react'

import { Loading } from '../../../components/Status'
import { formatPercent } from '../../../lib/format'
import type { ExamReview } from '../../../lib/types'
import { useApi } from '../../../lib/useApi'
import { useDocumentTitle } from '../../../lib/useDocumentTitle'
import { ReviewItem } from '../../_components/ReviewItem'

/** Every question with the learner's answer, the key and the explanation, when the paper releases them. */
export default function ExamReviewPage() {
  const { id } = useParams<{ id: string }>()
  const review = useApi<ExamReview>(`/exams/sessions/${encodeURIComponent(id)}/review`)
  useDocumentTitle('Exam review')
  if (review.error) {
    // 403 and 409 say why the review is closed (not submitted yet, released later, never released).
    return (
      <section className="card">
        <h1>Review not available</h1>
        <p className="notice" role="alert">{review.error.message}</p>
        {review.error.status === 0 && <button type="button" className="secondary" onClick={review.reload}>Try again</button>}
        <div className="links">
          <Link href={`/exams/${encodeURIComponent(id)}`}>Back to the exam</Link>
          <Link href="/history">Your history</Link>
        </div>
      </section>
    )
  }
  if (!review.data) return <Loading />
  const r = review.data
  return (
    <>
      <section className="card">
        <h1>Review: {r.template.name}</h1>
        <p className="score-line">
          <span className="score">{formatPercent(r.score_percent)}</span> · {r.correct} of {r.total} correct
          {r.passed != null && <span className={`verdict-tag ${r.passed ? 'is-correct' : 'is-incorrect'}`}>{r.passed ? 'Passed' : 'Not passed'}</span>}
        </p>
        <div className="links">
          <Link href={`/exams/${r.id}`}>Results</Link>
          <Link href="/history">Your history</Link>
        </div>
      </section>
      <ol className="plain-list">
        {r.attempts.map((a) => <ReviewItem key={a.question_id} attempt={a} total={r.attempts.length} />)}
      </ol>
    </>
  )
}
