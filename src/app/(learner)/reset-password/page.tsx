'use client'

import Link from 'next/link'
import React from 'react'

import { AuthForm } from '../components/AuthForm'
import { apiFetch } from '../lib/api'

export default function ResetPassword() {
  const [signInNext, setSignInNext] = React.useState(false)
  return (
    <section className="card">
      <h1>Choose a new password</h1>
      <AuthForm
        submitLabel="Save password"
        fields={[{ name: 'password', label: 'New password', type: 'password', autoComplete: 'new-password' }]}
        onSubmit={async (values) => {
          const token = new URLSearchParams(window.location.search).get('token') ?? ''
          const result = await apiFetch<{ message: string; mfa?: string }>('/users/reset-password', { method: 'POST', json: { token, password: values.password } })
          // With two-step sign-in, a reset does not sign in: the code is still needed.
          if (result.mfa === 'sign-in') {
            setSignInNext(true)
            return result.message
          }
          return 'Your password has been changed. You are signed in.'
        }}
      />
      <div className="links">{signInNext ? <Link href="/sign-in">Sign in</Link> : <Link href="/">Continue</Link>}</div>
    </section>
  )
}
