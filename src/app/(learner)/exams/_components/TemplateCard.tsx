import React from 'react'

import { formatDateTime, plural } from '../../lib/format'
import type { ExamTemplate } from '../../lib/types'

const REVIEW: Record<ExamTemplate['review_policy'], string> = {
  immediate: 'Answers and explanations right after you submit',
  'after-window': 'Answers and explanations once the exam window closes',
  never: 'Answers are not released',
}

/** Why a paper cannot be started now, judged from what the list says (the server has the last word). */
export function unavailableReason(t: ExamTemplate, now = Date.now()): string | null {
  if (t.available_from && now < new Date(t.available_from).getTime()) return `Opens ${formatDateTime(t.available_from)}`
  if (t.available_until && now >= new Date(t.available_until).getTime()) return `Closed ${formatDateTime(t.available_until)}`
  if (t.attempt_limit && t.attempts_used >= t.attempt_limit) return 'No attempts left'
  return null
}

/** One paper: its rules in a few lines, and the action that fits (resume, start, or why not). */
export function TemplateCard({ template: t, openSessionId, onStart, onResume }: { template: ExamTemplate; openSessionId?: number; onStart: () => void; onResume: () => void }) {
  const reason = openSessionId ? null : unavailableReason(t)
  const headingId = `template-${t.id}`
  return (
    <li className="card template">
      <article aria-labelledby={headingId}>
      <h2 id={headingId}>{t.name}</h2>
      {t.paper && <p className="muted">{t.paper}</p>}
      {t.description && <p>{t.description}</p>}
      <dl className="stats">
        <div><dt>Time</dt><dd>{plural(t.duration_minutes, 'minute')}</dd></div>
        <div><dt>Questions</dt><dd>{t.total_questions}</dd></div>
        <div><dt>Attempts</dt><dd>{t.attempts_used} used{t.attempt_limit ? ` of ${t.attempt_limit}` : ' (no limit)'}</dd></div>
        {t.pass_mark != null && <div><dt>Pass mark</dt><dd>{t.pass_mark}%</dd></div>}
        {(t.available_from || t.available_until) && (
          <div><dt>Window</dt><dd>{t.available_from ? formatDateTime(t.available_from) : 'now'} – {t.available_until ? formatDateTime(t.available_until) : 'open-ended'}</dd></div>
        )}
        <div><dt>Review</dt><dd>{REVIEW[t.review_policy]}</dd></div>
      </dl>
      {openSessionId ? (
        <button type="button" onClick={onResume} aria-describedby={headingId}>Resume exam</button>
      ) : reason ? (
        <p className="notice">{reason}</p>
      ) : (
        <button type="button" onClick={onStart} aria-describedby={headingId}>Start exam</button>
      )}
      </article>
    </li>
  )
}
