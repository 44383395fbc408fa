'use client'

import Link from 'next/link'
import React from 'react'

import { AuthForm } from '../components/AuthForm'
import { apiFetch } from '../lib/api'

export default function ResetPassword() {
  return (
    <section className="card">
      <h1>Choose a new password</h1>
      <AuthForm
        submitLabel="Save password"
        fields={[{ name: 'password', label: 'New password', type: 'password', autoComplete: 'new-password' }]}
        onSubmit={async (values) => {
          const token = new URLSearchParams(window.location.search).get('token') ?? ''
          await apiFetch('/users/reset-password', { method: 'POST', json: { token, password: values.password } })
          return 'Your password has been changed. You are signed in.'
        }}
      />
      <div className="links"><Link href="/">Continue</Link></div>
    </section>
  )
}
