'use client'

import Link from 'next/link'
import React, { useEffect, useState } from 'react'

import { AuthForm } from '../components/AuthForm'
import { apiFetch } from '../lib/api'

type Institution = { id: number; name: string; slug: string }

export default function Register() {
  const [institutions, setInstitutions] = useState<Institution[] | null>(null)
  useEffect(() => {
    apiFetch<{ docs: Institution[] }>('/institutions?limit=100&sort=name&depth=0')
      .then((r) => setInstitutions(r.docs))
      .catch(() => setInstitutions([]))
  }, [])
  if (!institutions) return <p className="muted" role="status">Loading…</p>
  return (
    <section className="card">
      <h1>Create your account</h1>
      <AuthForm
        submitLabel="Create account"
        fields={[
          { name: 'name', label: 'Full name', autoComplete: 'name' },
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password' },
          { name: 'joinInstitution', label: 'Institution', options: [{ value: '', label: 'None for now' }, ...institutions.map((i) => ({ value: i.slug, label: i.name }))] },
        ]}
        onSubmit={async (values) => {
          await apiFetch('/users', { method: 'POST', json: { ...values, joinInstitution: values.joinInstitution || undefined } })
          return `Almost done: we sent a link to ${values.email}. Open it to verify your email, then sign in.`
        }}
      />
      <div className="links"><Link href="/sign-in">Already have an account? Sign in</Link></div>
    </section>
  )
}
