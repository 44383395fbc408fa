import Link from 'next/link'
import React from 'react'

import { AnswerInputs } from '../../components/AnswerInputs'
import { Feedback } from '../../components/Feedback'
import { draftFrom } from '../../lib/answers'
import { formatDateTime, formatDuration, formatPercent } from '../../lib/format'
import type { PracticeSession } from '../../lib/types'

/** A finished session: the score, then every question with the learner's answer and its feedback. */
export function PracticeSummaryView({ session }: { session: PracticeSession }) {
  const byQuestion = new Map(session.answers.filter((a) => a.answered_at).map((a) => [a.question_id, a]))
  const unanswered = session.question_count - session.answered
  return (
    <>
      <section className="card" aria-labelledby="summary-heading">
        <h1 id="summary-heading">Session summary</h1>
        <p className="score-line"><span className="score">{formatPercent(session.score_percent)}</span> correct of the questions you answered</p>
        <dl className="stats">
          <div><dt>Answered</dt><dd>{session.answered} of {session.question_count}</dd></div>
          <div><dt>Correct</dt><dd>{session.correct}</dd></div>
          <div><dt>Incorrect</dt><dd>{session.incorrect}</dd></div>
          <div><dt>Not answered</dt><dd>{unanswered}</dd></div>
          <div><dt>Time answering</dt><dd>{formatDuration(session.time_spent_sec)}</dd></div>
          <div><dt>Finished</dt><dd>{formatDateTime(session.completed_at)}</dd></div>
        </dl>
        <div className="links">
          <Link className="button" href="/practice">Practise again</Link>
          <Link className="button secondary-link" href="/history">Your history</Link>
        </div>
      </section>
      <section className="card" aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions</h2>
        <ol className="summary-list">
          {session.questions.map((q, i) => {
            const a = byQuestion.get(q.id)
            const verdict = !a ? 'Not answered' : a.is_correct ? 'Correct' : a.score > 0 ? 'Partly correct' : 'Incorrect'
            return (
              <li key={q.id} className={!a ? 'is-unanswered' : a.is_correct ? 'is-correct' : 'is-incorrect'}>
                <details>
                  <summary>
                    <span className="verdict-tag">{verdict}</span> <span className="summary-stem">Question {i + 1}: {q.stem_text.slice(0, 140)}{q.stem_text.length > 140 ? '…' : ''}</span>
                  </summary>
                  {a ? (
                    <>
                      <AnswerInputs question={q} draft={draftFrom(a)} disabled reveal={a} idPrefix={`summary-${q.id}`} />
                      <Feedback graded={a} headingLevel={3} />
                    </>
                  ) : (
                    <p className="muted">You did not answer this question.</p>
                  )}
                </details>
              </li>
            )
          })}
        </ol>
      </section>
    </>
  )
}
