'use client'

import React, { useState } from 'react'

import { type ApiError, isApiError } from '../lib/api'

export type FieldSpec = { name: string; label: string; type?: string; autoComplete?: string; options?: { value: string; label: string }[]; required?: boolean }

/** A labelled, accessible form that submits to the API and shows field errors next to their fields. */
export function AuthForm({ fields, submitLabel, onSubmit }: { fields: FieldSpec[]; submitLabel: string; onSubmit: (values: Record<string, string>) => Promise<string | void> }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [done, setDone] = useState<string | null>(null)

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const values = Object.fromEntries(new FormData(event.currentTarget).entries()) as Record<string, string>
    try {
      const message = await onSubmit(values)
      if (message) setDone(message)
    } catch (caught) {
      setError(isApiError(caught) ? caught : { status: 0, message: 'Could not reach Practica. Check your connection and try again.', fields: {} })
    } finally {
      setBusy(false)
    }
  }

  if (done) return <p className="ok" role="status">{done}</p>
  return (
    <form onSubmit={submit} noValidate>
      {fields.map((field) => {
        const id = `field-${field.name}`
        const fieldError = error?.fields[field.name]
        return (
          <div key={field.name}>
            <label htmlFor={id}>{field.label}</label>
            {field.options ? (
              <select id={id} name={field.name} aria-invalid={Boolean(fieldError)}>
                {field.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            ) : (
              <input id={id} name={field.name} type={field.type ?? 'text'} autoComplete={field.autoComplete} required={field.required ?? true} aria-invalid={Boolean(fieldError)} aria-describedby={fieldError ? `${id}-error` : undefined} />
            )}
            {fieldError && <p id={`${id}-error`} className="field-error">{fieldError}</p>}
          </div>
        )
      })}
      {error && <p className="error" role="alert">{error.message}</p>}
      <button type="submit" disabled={busy}>{busy ? 'Please wait…' : submitLabel}</button>
    </form>
  )
}
