'use client'

import React from 'react'

import { AuthForm } from '../components/AuthForm'
import { apiFetch } from '../lib/api'

export default function ForgotPassword() {
  return (
    <section className="card">
      <h1>Reset your password</h1>
      <AuthForm
        submitLabel="Send reset link"
        fields={[{ name: 'email', label: 'Email', type: 'email', autoComplete: 'email' }]}
        onSubmit={async (values) => {
          await apiFetch('/users/forgot-password', { method: 'POST', json: { email: values.email } })
          return `If an account exists for ${values.email}, a reset link is on its way. It is valid for one hour.`
        }}
      />
    </section>
  )
}
