'use client'

import React, { useEffect, useState } from 'react'

import { ErrorNotice, Loading } from '../components/Status'
import { type ApiError, apiFetch, isApiError } from '../lib/api'
import { signInIfExpired } from '../lib/auth'
import { useDocumentTitle } from '../lib/useDocumentTitle'
import { useMe } from '../lib/useMe'

type Preferences = { email: boolean; inApp: boolean; digest: 'off' | 'daily' | 'weekly'; studyReminders: boolean; examReminders: boolean; announcements: boolean; assessmentUpdates: boolean }
type Profile = { name: string; bio: string; timezone: string; locale: string; notificationPreferences: Preferences }

const LOCALES = ['en', 'en-GB', 'en-US', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ar']
const CHECKS: { name: Exclude<keyof Preferences, 'digest'>; label: string }[] = [
  { name: 'email', label: 'Email notifications' },
  { name: 'inApp', label: 'In-app notifications' },
  { name: 'studyReminders', label: 'Study reminders' },
  { name: 'examReminders', label: 'Exam reminders' },
  { name: 'announcements', label: 'Announcements' },
  { name: 'assessmentUpdates', label: 'Assessment and grading updates' },
]
const zones = () => (typeof Intl.supportedValuesOf === 'function' ? ['UTC', ...Intl.supportedValuesOf('timeZone')] : ['UTC'])

/** The learner's own profile: name, bio, time zone (study days count in it), language and notifications. */
export default function ProfilePage() {
  useDocumentTitle('Profile')
  const { me } = useMe()
  const [profile, setProfile] = useState<Profile | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [saved, setSaved] = useState(false)

  useEffect(() => {
    if (!me) return
    apiFetch<Profile & { id: number }>(`/users/${me.id}?depth=0`)
      .then((u) => setProfile({ name: u.name ?? '', bio: u.bio ?? '', timezone: u.timezone ?? 'UTC', locale: u.locale ?? 'en', notificationPreferences: u.notificationPreferences }))
      .catch((caught) => !signInIfExpired(caught) && setError(isApiError(caught) ? caught : null))
  }, [me])

  if (error && !profile) return <ErrorNotice error={error} />
  if (!me || !profile) return <Loading />
  const set = (patch: Partial<Profile>) => {
    setSaved(false)
    setProfile({ ...profile, ...patch })
  }
  const setPref = (patch: Partial<Preferences>) => set({ notificationPreferences: { ...profile.notificationPreferences, ...patch } })

  async function save(event: React.FormEvent) {
    event.preventDefault()
    setSaving(true)
    setError(null)
    try {
      await apiFetch(`/users/${me!.id}`, { method: 'PATCH', json: profile })
      setSaved(true)
    } catch (caught) {
      if (!signInIfExpired(caught)) setError(isApiError(caught) ? caught : { status: 0, message: 'Could not reach Practica. Check your connection and try again.', fields: {} })
    } finally {
      setSaving(false)
    }
  }

  const fieldError = (path: string) => error?.fields[path] && <p className="field-error" id={`${path}-error`}>{error.fields[path]}</p>
  return (
    <form className="card" onSubmit={save} noValidate>
      <h1>Your profile</h1>
      <p className="muted">{me.email}</p>
      <label htmlFor="name">Name</label>
      <input id="name" value={profile.name} onChange={(e) => set({ name: e.target.value })} required maxLength={120} aria-describedby={error?.fields.name ? 'name-error' : undefined} />
      {fieldError('name')}
      <label htmlFor="bio">About you</label>
      <textarea id="bio" value={profile.bio} onChange={(e) => set({ bio: e.target.value })} maxLength={2000} rows={3} />
      <label htmlFor="timezone">Time zone</label>
      <select id="timezone" value={profile.timezone} onChange={(e) => set({ timezone: e.target.value })} aria-describedby="timezone-hint">
        {zones().map((z) => <option key={z} value={z}>{z}</option>)}
      </select>
      <p className="hint muted" id="timezone-hint">Study days and weeks on your dashboard are counted in this time zone.</p>
      {fieldError('timezone')}
      <label htmlFor="locale">Language</label>
      <select id="locale" value={profile.locale} onChange={(e) => set({ locale: e.target.value })}>
        {LOCALES.map((l) => <option key={l} value={l}>{l}</option>)}
      </select>
      <fieldset>
        <legend>Notifications</legend>
        {CHECKS.map((c) => (
          <div className="check" key={c.name}>
            <input type="checkbox" id={`pref-${c.name}`} checked={Boolean(profile.notificationPreferences?.[c.name])} onChange={(e) => setPref({ [c.name]: e.target.checked })} />
            <label htmlFor={`pref-${c.name}`}>{c.label}</label>
          </div>
        ))}
        <label htmlFor="digest">Summary email</label>
        <select id="digest" value={profile.notificationPreferences?.digest ?? 'weekly'} onChange={(e) => setPref({ digest: e.target.value as Preferences['digest'] })}>
          <option value="off">Off</option>
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
        </select>
      </fieldset>
      {error && profile && <ErrorNotice error={error} />}
      {saved && <p className="ok" role="status">Saved.</p>}
      <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save'}</button>
    </form>
  )
}
