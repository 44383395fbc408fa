import React from 'react'

import { AnswerInputs } from '../../components/AnswerInputs'
import { Feedback } from '../../components/Feedback'
import { QuestionStem } from '../../components/QuestionStem'
import { draftFrom } from '../../lib/answers'
import type { ReviewAttempt } from '../../lib/types'

const CONFIDENCE = { low: 'Not sure', medium: 'Fairly sure', high: 'Very sure' }

/** One question of a reviewed sitting: the learner's answer marked against the key, with the explanation. */
export function ReviewItem({ attempt, total }: { attempt: ReviewAttempt; total: number }) {
  return (
    <li className="card review-item">
      <article aria-labelledby={`review-${attempt.question_id}`}>
        <QuestionStem question={attempt.question} heading={`Question ${attempt.position} of ${total}`} headingId={`review-${attempt.question_id}`} />
        <p className="muted">
          {attempt.flagged && <span className="chip">⚑ Flagged</span>} {attempt.confidence && <span className="chip">Confidence: {CONFIDENCE[attempt.confidence]}</span>}
        </p>
        <AnswerInputs question={attempt.question} draft={draftFrom(attempt)} disabled reveal={attempt} idPrefix={`review-${attempt.question_id}`} />
        <Feedback graded={attempt} answered={attempt.answered} headingLevel={3} />
      </article>
    </li>
  )
}
