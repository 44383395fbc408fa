import React, { forwardRef } from 'react'

import type { Graded } from '../lib/types'
import { RichText } from './RichText'

const verdict = (g: Graded, answered: boolean) => (!answered ? 'Not answered' : g.is_correct ? 'Correct' : g.score > 0 ? 'Partly correct' : 'Incorrect')

/** The verdict, the score and, when the session shows them, the explanation and references. */
export const Feedback = forwardRef<HTMLHeadingElement, { graded: Graded; answered?: boolean; headingLevel?: 2 | 3 }>(function Feedback(
  { graded, answered = true, headingLevel = 2 },
  ref,
) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  const tone = !answered ? 'is-unanswered' : graded.is_correct ? 'is-correct' : 'is-incorrect'
  return (
    <section className={`feedback ${tone}`}>
      <Heading ref={ref} tabIndex={-1} className="verdict">
        <span aria-hidden="true">{graded.is_correct ? '✓ ' : answered ? '✗ ' : '– '}</span>
        {verdict(graded, answered)}
      </Heading>
      <p className="muted">Score {Math.round(graded.score * 100) / 100} of {graded.max_score}</p>
      {graded.explanation !== undefined && (graded.explanation || graded.explanation_rich) ? (
        <>
          <Sub>Explanation</Sub>
          <RichText value={graded.explanation_rich} fallback={graded.explanation} className="explanation" />
        </>
      ) : null}
      {graded.references && graded.references.length > 0 && (
        <>
          <Sub>References</Sub>
          <ul className="references">
            {graded.references.map((r, i) => (
              <li key={i}>{r.url && /^https?:/i.test(r.url) ? <a href={r.url} target="_blank" rel="noopener noreferrer">{r.citation || r.url}</a> : r.citation}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
})
