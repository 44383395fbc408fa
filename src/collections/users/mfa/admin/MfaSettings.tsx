'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import React from 'react'

import { CodeField } from './CodeField'
import { MfaEnrolment } from './MfaEnrolment'
import { postJson } from './postJson'
import { RecoveryCodes } from './RecoveryCodes'
import './mfa.css'

type Status = { enabled: boolean; required: boolean; may_enrol: boolean; recovery_codes_left: number }
type Mode = 'idle' | 'enrol' | 'disable' | 'regenerate'

/** On a user's page in the admin UI: manage your own two-step sign-in, or reset someone else's. */
export function MfaSettings({ path }: { path: string }) {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = config.routes.api
  const { value } = useField<boolean>({ path })
  const own = id != null && user != null && String(user.id) === String(id)

  return (
    <div className="field-type mfa-settings">
      <span className="field-label">Two-step sign-in</span>
      {own ? <OwnSettings api={api} /> : id != null ? <OthersSettings api={api} id={id} enabled={Boolean(value)} /> : <p className="mfa-hint">Off. People set it up themselves after signing in.</p>}
    </div>
  )
}

function OwnSettings({ api }: { api: string }) {
  const [status, setStatus] = React.useState<Status | null>(null)
  const [mode, setMode] = React.useState<Mode>('idle')
  const [code, setCode] = React.useState('')
  const [codes, setCodes] = React.useState<string[] | null>(null)
  const [error, setError] = React.useState<string | null>(null)

  const load = React.useCallback(async () => {
    const res = await fetch(`${api}/users/mfa`, { credentials: 'include' })
    if (res.ok) setStatus((await res.json()) as Status)
  }, [api])
  React.useEffect(() => {
    void load()
  }, [load])

  if (!status) return <p aria-live="polite">Loading…</p>
  if (codes) return <RecoveryCodes codes={codes} doneLabel="Done" onDone={() => { setCodes(null); void load() }} />
  if (mode === 'enrol') return <MfaEnrolment api={api} onCancel={() => setMode('idle')} onEnabled={() => { setMode('idle'); void load() }} />

  if (!status.enabled) {
    if (!status.may_enrol) return <p className="mfa-hint">Two-step sign-in is for staff accounts.</p>
    return (
      <div>
        <p className="mfa-status">Off.{status.required ? ' Your role requires it: set it up now.' : ' Add a code from your phone to every sign-in.'}</p>
        <Button type="button" buttonStyle="secondary" onClick={() => setMode('enrol')}>
          Set up two-step sign-in
        </Button>
      </div>
    )
  }

  const confirm = async () => {
    setError(null)
    const res = await postJson<{ recovery_codes?: string[] }>(`${api}/users/mfa/${mode === 'disable' ? 'disable' : 'recovery-codes'}`, { code })
    if (!res.ok) return setError(res.message)
    setMode('idle')
    setCode('')
    if (res.body.recovery_codes) setCodes(res.body.recovery_codes)
    else void load()
  }

  return (
    <div>
      <p className="mfa-status">
        On. {status.recovery_codes_left} recovery code{status.recovery_codes_left === 1 ? '' : 's'} left.
      </p>
      {mode === 'idle' ? (
        <div className="mfa-actions">
          <Button type="button" buttonStyle="secondary" onClick={() => setMode('regenerate')}>
            New recovery codes
          </Button>
          {!status.required && (
            <Button type="button" buttonStyle="secondary" onClick={() => setMode('disable')}>
              Turn off
            </Button>
          )}
        </div>
      ) : (
        <div>
          <CodeField
            id="field-mfa-confirm-code"
            label={mode === 'disable' ? 'A current code, to turn it off' : 'A current code, to replace your recovery codes'}
            value={code}
            onChange={setCode}
            onEnter={() => void confirm()}
          />
          {error && (
            <p className="mfa-error" role="alert">
              {error}
            </p>
          )}
          <div className="mfa-actions">
            <Button type="button" buttonStyle="primary" onClick={() => void confirm()}>
              {mode === 'disable' ? 'Turn off' : 'Replace codes'}
            </Button>
            <Button type="button" buttonStyle="secondary" onClick={() => { setMode('idle'); setError(null) }}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}

function OthersSettings({ api, id, enabled }: { api: string; id: number | string; enabled: boolean }) {
  const [done, setDone] = React.useState<string | null>(null)
  const [error, setError] = React.useState<string | null>(null)
  if (done) return <p className="mfa-status" role="status">{done}</p>
  return (
    <div>
      <p className="mfa-status">{enabled ? 'On.' : 'Off.'}</p>
      {enabled && (
        <Button
          type="button"
          buttonStyle="secondary"
          onClick={async () => {
            if (!window.confirm('Turn off two-step sign-in for this person and end their sessions? Do this only when they have lost their device.')) return
            const res = await postJson<{ message: string }>(`${api}/users/${id}/mfa/reset`, {})
            if (res.ok) setDone(res.body.message)
            else setError(res.message)
          }}
        >
          Reset two-step sign-in
        </Button>
      )}
      {error && (
        <p className="mfa-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
