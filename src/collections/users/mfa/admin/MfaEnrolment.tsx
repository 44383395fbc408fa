'use client'

import { Button } from '@payloadcms/ui'
import React from 'react'

import { CodeField } from './CodeField'
import { postJson } from './postJson'
import { RecoveryCodes } from './RecoveryCodes'

type Setup = { secret: string; otpauth_url: string; qr_svg: string }

type Props = { api: string; enrolmentToken?: string; intro?: string; onEnabled: (code: string) => void; onCancel?: () => void }

/** Enrolment: scan the QR code (or type the key), confirm with a code, then keep the recovery codes. */
export function MfaEnrolment({ api, enrolmentToken, intro, onEnabled, onCancel }: Props) {
  const [setup, setSetup] = React.useState<Setup | null>(null)
  const [code, setCode] = React.useState('')
  const [codes, setCodes] = React.useState<string[] | null>(null)
  const [error, setError] = React.useState<string | null>(null)
  const [busy, setBusy] = React.useState(false)
  const started = React.useRef(false)

  React.useEffect(() => {
    if (started.current) return
    started.current = true
    void postJson<Setup>(`${api}/users/mfa/setup`, enrolmentToken ? { enrolment_token: enrolmentToken } : {}).then((res) => {
      if (res.ok) setSetup(res.body)
      else setError(res.message)
    })
  }, [api, enrolmentToken])

  const confirm = async () => {
    setBusy(true)
    setError(null)
    const res = await postJson<{ recovery_codes: string[] }>(`${api}/users/mfa/enable`, { code, ...(enrolmentToken ? { enrolment_token: enrolmentToken } : {}) })
    setBusy(false)
    if (res.ok) setCodes(res.body.recovery_codes)
    else setError(res.message)
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={() => onEnabled(code)} doneLabel={enrolmentToken ? 'I have saved them — sign in' : 'I have saved them'} />

  return (
    <div className="mfa-enrol">
      {intro && <p>{intro}</p>}
      <ol className="mfa-steps">
        <li>Open an authenticator app (for example Google Authenticator, Microsoft Authenticator, 1Password or Aegis) and scan this code.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      {setup ? (
        <>
          <div className="mfa-qr" role="img" aria-label="QR code for your authenticator app" dangerouslySetInnerHTML={{ __html: setup.qr_svg }} />
          <p className="mfa-hint">
            Cannot scan? Enter this key instead: <code className="mfa-secret">{setup.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
          </p>
        </>
      ) : (
        !error && <p aria-live="polite">Preparing…</p>
      )}
      {/* Not a <form>: on the account page this sits inside Payload's document form. */}
      <div role="group" aria-label="Confirm with a code">
        <CodeField id="field-mfa-enrol-code" label="Code from the app" value={code} onChange={setCode} onEnter={() => void confirm()} />
        {error && (
          <p className="mfa-error" role="alert">
            {error}
          </p>
        )}
        <div className="mfa-actions">
          <Button type="button" buttonStyle="primary" disabled={busy || !setup} onClick={() => void confirm()}>
            Turn on two-step sign-in
          </Button>
          {onCancel && (
            <Button type="button" buttonStyle="secondary" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      </div>
    </div>
  )
}
