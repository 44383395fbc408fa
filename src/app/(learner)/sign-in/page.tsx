'use client'

import Link from 'next/link'
import React from 'react'

import { AuthForm } from '../components/AuthForm'
import { apiFetch } from '../lib/api'

/** Only same-site paths are followed after sign-in, never another origin. */
const safeNext = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/')

export default function SignIn() {
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
          await apiFetch('/users/login', { method: 'POST', json: { email: values.email, password: values.password } })
          window.location.assign(safeNext(new URLSearchParams(window.location.search).get('next')))
        }}
      />
      <div className="links">
        <Link href="/forgot-password">Forgot your password?</Link>
        <Link href="/register">Create an account</Link>
      </div>
    </section>
  )
}
