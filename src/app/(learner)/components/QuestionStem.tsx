import React from 'react'

import type { LearnerQuestion } from '../lib/types'
import { RichText } from './RichText'

const TYPE_LABELS: Record<LearnerQuestion['type'], string> = {
  sba: 'Single best answer',
  'multiple-response': 'Multiple response',
  'true-false': 'True or false',
  emq: 'Extended matching',
  'short-answer': 'Short answer',
  numerical: 'Numerical',
}

/** The question's heading line (type, topic), its stem and any images. */
export function QuestionStem({ question, heading, headingId, ref }: { question: LearnerQuestion; heading: string; headingId?: string; ref?: React.Ref<HTMLHeadingElement> }) {
  const topic = [question.category?.name, question.subcategory?.name].filter(Boolean).join(' › ')
  return (
    <div className="question-stem">
      <h2 id={headingId} ref={ref} tabIndex={-1} className="question-heading">{heading}</h2>
      <p className="question-meta">
        <span className="chip">{TYPE_LABELS[question.type]}</span>
        {topic && <span className="muted">{topic}</span>}
      </p>
      <RichText value={question.stem} fallback={question.stem_text} className="stem" />
      {question.media
        .filter((m) => m.url && (m.mime_type ?? '').startsWith('image/'))
        .map((m) => (
          <img key={m.id} src={m.url!} alt={m.alt ?? ''} className="question-media" />
        ))}
    </div>
  )
}
