'use client'

import Link from 'next/link'
import React from 'react'

import { AuthForm } from '../components/AuthForm'
import { apiFetch, isApiError } from '../lib/api'

/** Only same-site paths are followed after sign-in, never another origin. */
const safeNext = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/')

/** What the API wants next when the password was right but a second factor is needed. */
const secondStep = (error: unknown): 'code' | 'enrol' | null => {
  if (!isApiError(error)) return null
  const mfa = (error.body as { errors?: { data?: { mfa?: string } }[] } | undefined)?.errors?.[0]?.data?.mfa
  return mfa === 'code' || mfa === 'enrol' ? mfa : null
}

export default function SignIn() {
  const [credentials, setCredentials] = React.useState<{ email: string; password: string } | null>(null)
  const [enrol, setEnrol] = React.useState(false)
  const done = () => window.location.assign(safeNext(new URLSearchParams(window.location.search).get('next')))

  if (enrol) {
    return (
      <section className="card">
        <h1>Set up two-step sign-in</h1>
        <p>Your role requires two-step sign-in. Set it up with an authenticator app on the staff sign-in page, then come back.</p>
        <div className="links">
          <a href="/admin/login">Staff sign-in</a>
          <button type="button" className="link-button" onClick={() => setEnrol(false)}>Back</button>
        </div>
      </section>
    )
  }

  if (credentials) {
    return (
      <section className="card">
        <h1>Two-step sign-in</h1>
        <p id="code-help">Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
        <AuthForm
          submitLabel="Verify"
          fields={[{ name: 'code', label: 'Authentication code', autoComplete: 'one-time-code' }]}
          onSubmit={async (values) => {
            await apiFetch('/users/login', { method: 'POST', json: { ...credentials, code: values.code } })
            done()
          }}
        />
        <div className="links">
          <button type="button" className="link-button" onClick={() => setCredentials(null)}>Use another account</button>
        </div>
      </section>
    )
  }

  return (
    <section className="card">
      <h1>Sign in</h1>
      <AuthForm
        submitLabel="Sign in"
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
        ]}
        onSubmit={async (values) => {
          try {
            await apiFetch('/users/login', { method: 'POST', json: { email: values.email, password: values.password } })
          } catch (error) {
            const next = secondStep(error)
            if (next === 'code') return setCredentials({ email: values.email, password: values.password })
            if (next === 'enrol') return setEnrol(true)
            throw error
          }
          done()
        }}
      />
      <div className="links">
        <Link href="/forgot-password">Forgot your password?</Link>
        <Link href="/register">Create an account</Link>
      </div>
    </section>
  )
}
