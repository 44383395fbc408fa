'use client'

import Link from 'next/link'
import React, { useEffect, useState } from 'react'

import { apiFetch, isApiError } from '../lib/api'

export default function VerifyEmail() {
  const [state, setState] = useState<'working' | 'done' | string>('working')
  useEffect(() => {
    const token = new URLSearchParams(window.location.search).get('token') ?? ''
    apiFetch(`/users/verify/${encodeURIComponent(token)}`, { method: 'POST' })
      .then(() => setState('done'))
      .catch((error) => setState(isApiError(error) ? error.message : 'Could not reach Practica.'))
  }, [])
  return (
    <section className="card">
      <h1>Verify your email</h1>
      {state === 'working' && <p role="status">Verifying…</p>}
      {state === 'done' && <p className="ok" role="status">Your email is verified. You can sign in now.</p>}
      {state !== 'working' && state !== 'done' && <p className="error" role="alert">{state} The link may have been used already.</p>}
      <div className="links"><Link href="/sign-in">Sign in</Link></div>
    </section>
  )
}
