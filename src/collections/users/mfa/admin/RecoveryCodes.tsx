'use client'

import { Button } from '@payloadcms/ui'
import React from 'react'

/** The recovery codes, shown once: each signs in once when the phone is lost. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel: string }) {
  const text = `Practica recovery codes (each works once)\n\n${codes.join('\n')}\n`
  return (
    <div className="mfa-recovery" role="region" aria-label="Recovery codes">
      <p>
        <strong>Save these recovery codes now.</strong> Each one signs you in once if you lose your phone. They will not be shown again.
      </p>
      <ul className="mfa-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="mfa-actions">
        <a className="btn btn--style-secondary btn--size-medium" href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download="practica-recovery-codes.txt">
          Download
        </a>
        <Button type="button" buttonStyle="primary" onClick={onDone}>
          {doneLabel}
        </Button>
      </div>
    </div>
  )
}
