'use client'

import { type RefObject, useEffect, useRef } from 'react'

import { apiFetch } from '../../lib/api'
import { signInIfExpired } from '../../lib/auth'
import type { ExamSaver } from '../../lib/examSaver'
import type { ExamSession } from '../../lib/types'

type Options = {
  sessionId: number
  remaining: number | null
  sync: (remainingSec: number) => void
  finish: (note?: string) => void
  saver: RefObject<ExamSaver | null>
  finished: RefObject<boolean>
}

/**
 * The server is the clock. At zero on this device: save what can still be saved, then ask the
 * server, which submits an overdue session itself (or says time is left, and the countdown
 * re-anchors). Back from another tab or a sleeping laptop: ask how long is left.
 */
export function useServerDeadline({ sessionId, remaining, sync, finish, saver, finished }: Options): void {
  const expiring = useRef(false)

  useEffect(() => {
    if (remaining == null || remaining > 0 || expiring.current || finished.current) return
    expiring.current = true
    void (async () => {
      await saver.current?.drain(5000)
      for (let attempt = 0; !finished.current; attempt++) {
        try {
          const fresh = await apiFetch<ExamSession>(`/exams/sessions/${sessionId}`)
          if (fresh.status === 'submitted') return finish('Time is up: your exam was submitted with the answers saved before the deadline.')
          if (fresh.remaining_sec > 0) {
            sync(fresh.remaining_sec)
            expiring.current = false
            return
          }
        } catch (caught) {
          if (signInIfExpired(caught)) return
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 1000 * (attempt + 1))))
      }
    })()
  }, [remaining, sessionId, sync, finish, saver, finished])

  useEffect(() => {
    const resync = () => {
      if (document.visibilityState !== 'visible' || finished.current) return
      apiFetch<ExamSession>(`/exams/sessions/${sessionId}`)
        .then((fresh) => (fresh.status === 'submitted' ? finish('This exam has been submitted.') : sync(fresh.remaining_sec)))
        .catch(() => undefined)
    }
    document.addEventListener('visibilitychange', resync)
    return () => document.removeEventListener('visibilitychange', resync)
  }, [sessionId, sync, finish, finished])
}
