'use client'

import { useEffect } from 'react'

import { apiFetch } from './api'

/** The server credits at most one interval per beat and ignores beats closer than 15 s. */
export const HEARTBEAT_MS = 60_000

/**
 * While `active` and the page is visible, tells Practica once a minute that the learner is studying
 * (POST /analytics/heartbeat), so time spent reading counts as study time. A refused beat (signed out,
 * rate-limited, analytics not installed) stops the beats quietly; they are never retried.
 */
export function useStudyHeartbeat(active: boolean): void {
  useEffect(() => {
    if (!active) return
    let stopped = false
    const beat = () => {
      if (stopped || document.visibilityState !== 'visible') return
      apiFetch('/analytics/heartbeat', { method: 'POST', json: {} }).catch(() => {
        stopped = true
      })
    }
    beat()
    const timer = window.setInterval(beat, HEARTBEAT_MS)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [active])
}
