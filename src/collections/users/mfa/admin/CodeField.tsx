'use client'

import React from 'react'

type Props = { id: string; label: React.ReactNode; value: string; onChange: (value: string) => void; onEnter: () => void }

/**
 * A one-time-code input for the account page. It sits inside Payload's document form, so Enter
 * confirms this action (`onEnter`) instead of saving the document.
 */
export function CodeField({ id, label, value, onChange, onEnter }: Props) {
  return (
    <div className="field-type mfa-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-type__wrap">
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              onEnter()
            }
          }}
          autoComplete="one-time-code"
          required
        />
      </div>
    </div>
  )
}
