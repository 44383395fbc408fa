'use client'

import React from 'react'

import type { Confidence } from '../lib/types'

const LEVELS: { value: Confidence; label: string; hint: string }[] = [
  { value: 'low', label: 'Not sure', hint: '1 mark if right, 0 if wrong' },
  { value: 'medium', label: 'Fairly sure', hint: '2 marks if right, −2 if wrong' },
  { value: 'high', label: 'Very sure', hint: '3 marks if right, −6 if wrong' },
]

/** Certainty-based marking: how sure the learner is of this answer. */
export function ConfidencePicker({ value, onChange, idPrefix }: { value: Confidence | null; onChange: (c: Confidence) => void; idPrefix: string }) {
  return (
    <fieldset className="confidence">
      <legend>How sure are you?</legend>
      <p className="muted hint">Certainty-based marking: with no choice, “Not sure” is assumed.</p>
      {LEVELS.map((level) => {
        const id = `${idPrefix}-confidence-${level.value}`
        return (
          <div key={level.value} className="confidence-choice">
            <input id={id} type="radio" name={`${idPrefix}-confidence`} value={level.value} checked={value === level.value} onChange={() => onChange(level.value)} />
            <label htmlFor={id}>{level.label} <span className="muted">({level.hint})</span></label>
          </div>
        )
      })}
    </fieldset>
  )
}
