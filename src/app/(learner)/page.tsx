'use client'

import Link from 'next/link'
import React, { useEffect, useState } from 'react'

import { Dashboard } from './components/Dashboard'
import { ProgressDashboard } from './components/progress/ProgressDashboard'
import { apiFetch, type Me, type Membership } from './lib/api'

const STAFF = ['institution-admin', 'instructor', 'teaching-assistant', 'editor', 'examiner', 'supervisor']
const institutionName = (m: Membership) => (typeof m.institution === 'object' ? m.institution.name : `Institution ${m.institution}`)
const institutionKey = (m: Membership) => String(typeof m.institution === 'object' ? m.institution.id : m.institution)

export default function Home() {
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const [current, setCurrent] = useState<string>('')

  useEffect(() => {
    apiFetch<{ user: Me | null }>('/users/me?depth=1')
      .then(({ user }) => {
        setMe(user)
        const saved = window.localStorage.getItem('practica.institution')
        const first = user?.memberships?.[0]
        setCurrent(saved && user?.memberships?.some((m) => institutionKey(m) === saved) ? saved : first ? institutionKey(first) : '')
      })
      .catch(() => setMe(null))
  }, [])

  async function signOut() {
    await apiFetch('/users/logout', { method: 'POST' }).catch(() => undefined)
    setMe(null)
  }

  if (me === undefined) return <p className="muted" role="status">Loading…</p>
  if (!me) {
    return (
      <section className="card">
        <h1>Welcome to Practica</h1>
        <p>Question banks, timed mock exams, courses and clinical competencies in one place.</p>
        <div className="links">
          <Link className="button" href="/sign-in">Sign in</Link>
          <Link className="button" href="/register">Create an account</Link>
        </div>
      </section>
    )
  }
  const memberships = me.memberships ?? []
  const active = memberships.find((m) => institutionKey(m) === current)
  const isStaff = (me.roles ?? []).includes('platform-admin') || memberships.some((m) => m.roles.some((r) => STAFF.includes(r)))
  return (
    <section className="card">
      <h1>Hello, {me.name}</h1>
      <p className="muted">Signed in as {me.email}</p>
      {memberships.length > 1 && (
        <>
          <label htmlFor="institution">Institution</label>
          <select id="institution" value={current} onChange={(e) => { setCurrent(e.target.value); window.localStorage.setItem('practica.institution', e.target.value) }}>
            {memberships.map((m) => <option key={institutionKey(m)} value={institutionKey(m)}>{institutionName(m)}</option>)}
          </select>
        </>
      )}
      {active && <p>You are a <strong>{active.roles.join(', ')}</strong> at {institutionName(active)}.</p>}
      {memberships.length === 0 && <p className="muted">You do not belong to an institution yet.</p>}
      <Dashboard />
      <div className="links">
        {isStaff && <a className="button" href="/admin">Open the admin panel</a>}
        <button type="button" className="secondary" onClick={signOut}>Sign out</button>
      </div>
      <ProgressDashboard />
    </section>
  )
}
