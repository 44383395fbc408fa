'use client'

import React, { useEffect, useRef, useState } from 'react'

import { formatClock } from '../lib/format'

const WARNINGS = [10 * 60, 5 * 60, 60]

/** The countdown, and a spoken warning at 10, 5 and 1 minute left (the clock itself stays silent). */
export function ExamTimer({ remaining }: { remaining: number }) {
  const [warning, setWarning] = useState('')
  const given = useRef(new Set<number>(WARNINGS.filter((w) => remaining <= w)))
  useEffect(() => {
    for (const w of WARNINGS) {
      if (remaining <= w && !given.current.has(w)) {
        given.current.add(w)
        setWarning(w >= 60 ? `${w / 60} minute${w === 60 ? '' : 's'} left. The exam is submitted automatically when time runs out.` : '')
      }
    }
  }, [remaining])
  const low = remaining <= 5 * 60
  return (
    <div className={`timer${low ? ' is-low' : ''}`}>
      <span className="timer-label">Time left</span>
      <span role="timer" aria-label={`Time left ${formatClock(remaining)}`} className="timer-value">{formatClock(remaining)}</span>
      <span className="visually-hidden" aria-live="assertive">{warning}</span>
    </div>
  )
}
