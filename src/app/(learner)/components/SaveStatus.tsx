'use client'

import React, { useEffect, useRef, useState } from 'react'

import type { SaveState } from '../lib/examSaver'
import { plural } from '../lib/format'

function describe(state: SaveState): { text: string; tone: 'ok' | 'busy' | 'warn' } {
  switch (state.kind) {
    case 'saved':
      return { text: state.at ? 'All answers saved.' : 'Answers are saved as you go.', tone: 'ok' }
    case 'saving':
      return { text: `Saving ${plural(state.pending, 'answer')}…`, tone: 'busy' }
    case 'retrying':
      return { text: `${state.reason} ${plural(state.pending, 'answer')} not saved yet: kept on this device and retried.`, tone: 'warn' }
    case 'refused':
      return { text: `An answer was refused: ${state.message}`, tone: 'warn' }
    case 'closed':
      return { text: state.message, tone: 'warn' }
  }
}

/**
 * Whether answers are safely on the server. Trouble is announced (politely), and so is its end;
 * routine saves are shown but not spoken, so a screen reader is not interrupted at every click.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const [now, setNow] = useState(() => Date.now())
  const [announcement, setAnnouncement] = useState('')
  const troubled = useRef(false)
  const { text, tone } = describe(state)
  useEffect(() => {
    if (tone === 'warn') {
      troubled.current = true
      setAnnouncement(text)
    } else if (troubled.current && state.kind === 'saved') {
      troubled.current = false
      setAnnouncement(text)
    }
  }, [state, text, tone])
  useEffect(() => {
    if (state.kind !== 'retrying') return
    setNow(Date.now())
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [state])
  const wait = state.kind === 'retrying' ? Math.max(0, Math.ceil((state.retryAt - now) / 1000)) : 0
  return (
    <div className={`save-status is-${tone}`}>
      <span className="save-text" aria-hidden="true">{text}{wait > 0 && ` Next try in ${wait} s.`}</span>
      <span className="visually-hidden" role="status">{announcement}</span>
    </div>
  )
}
