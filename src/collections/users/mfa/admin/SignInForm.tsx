'use client'

import { Button } from '@payloadcms/ui'
import React from 'react'

import { MfaEnrolment } from './MfaEnrolment'
import { postJson } from './postJson'
import './mfa.css'

type Step = { kind: 'password' } | { kind: 'code' } | { kind: 'enrol'; token: string }

type Props = { api: string; forgotHref: string; redirectTo: string }

function Field(props: { id: string; label: string; type: string; value: string; onChange: (v: string) => void; autoComplete: string; inputMode?: 'numeric' | 'text'; autoFocus?: boolean; hint?: string }) {
  return (
    <div className="field-type mfa-field">
      <label className="field-label" htmlFor={props.id}>
        {props.label}
        <span className="required">*</span>
      </label>
      <div className="field-type__wrap">
        <input
          id={props.id}
          name={props.id.replace('field-', '')}
          type={props.type}
          value={props.value}
          required
          autoFocus={props.autoFocus}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          aria-describedby={props.hint ? `${props.id}-hint` : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      </div>
      {props.hint && <p id={`${props.id}-hint`} className="mfa-hint">{props.hint}</p>}
    </div>
  )
}

export function SignInForm({ api, forgotHref, redirectTo }: Props) {
  const [email, setEmail] = React.useState('')
  const [password, setPassword] = React.useState('')
  const [code, setCode] = React.useState('')
  const [step, setStep] = React.useState<Step>({ kind: 'password' })
  const [error, setError] = React.useState<string | null>(null)
  const [busy, setBusy] = React.useState(false)

  const signIn = async (withCode?: string) => {
    setBusy(true)
    setError(null)
    const res = await postJson(`${api}/users/login`, { email, password, ...(withCode ? { code: withCode } : {}) })
    setBusy(false)
    if (res.ok) {
      window.location.assign(redirectTo)
      return
    }
    const mfa = res.data?.mfa
    if (mfa === 'enrol' && typeof res.data?.enrolment_token === 'string') {
      setStep({ kind: 'enrol', token: res.data.enrolment_token })
      return
    }
    if (mfa === 'code') {
      // The first time, the server asks for the code: no error to show yet.
      if (step.kind === 'code') setError(res.message)
      setStep({ kind: 'code' })
      setCode('')
      return
    }
    setError(res.message)
  }

  if (step.kind === 'enrol') {
    return (
      <div className="login__form mfa-form">
        <MfaEnrolment api={api} enrolmentToken={step.token} intro="Your role requires two-step sign-in. Set it up now to finish signing in." onEnabled={(firstCode) => signIn(firstCode)} />
      </div>
    )
  }

  return (
    <form
      className="login__form mfa-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void signIn(step.kind === 'code' ? code : undefined)
      }}
    >
      <div className="login__form__inputWrap">
        {step.kind === 'password' ? (
          <>
            <Field id="field-email" label="Email" type="email" value={email} onChange={setEmail} autoComplete="email" />
            <Field id="field-password" label="Password" type="password" value={password} onChange={setPassword} autoComplete="current-password" />
          </>
        ) : (
          <Field
            id="field-code"
            label="Authentication code"
            type="text"
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            hint="Enter the 6-digit code from your authenticator app, or one of your recovery codes."
          />
        )}
      </div>
      {error && (
        <p className="mfa-error" role="alert">
          {error}
        </p>
      )}
      {step.kind === 'password' ? (
        <a href={forgotHref}>Forgot password?</a>
      ) : (
        <button type="button" className="mfa-link" onClick={() => { setStep({ kind: 'password' }); setError(null) }}>
          Use another account
        </button>
      )}
      <Button type="submit" buttonStyle="primary" size="large" disabled={busy} className="mfa-submit">
        {step.kind === 'code' ? 'Verify' : 'Login'}
      </Button>
    </form>
  )
}
