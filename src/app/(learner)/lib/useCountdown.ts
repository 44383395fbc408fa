'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Seconds left, counted down from the server's `remaining_sec` on the monotonic clock (so a wrong or
 * changed browser clock does not matter). `sync` re-anchors it to a newer server figure; small
 * differences are ignored so the display does not jitter by a request's latency.
 */
export function useCountdown(initialSec: number | null): { remaining: number | null; sync: (remainingSec: number) => void } {
  const endsAt = useRef<number | null>(initialSec == null ? null : performance.now() + initialSec * 1000)
  const [remaining, setRemaining] = useState<number | null>(initialSec)

  const sync = useCallback((remainingSec: number) => {
    const current = endsAt.current == null ? null : (endsAt.current - performance.now()) / 1000
    if (current == null || Math.abs(current - remainingSec) > 2) endsAt.current = performance.now() + remainingSec * 1000
    setRemaining(Math.max(0, ((endsAt.current ?? 0) - performance.now()) / 1000))
  }, [])

  useEffect(() => {
    const tick = setInterval(() => {
      if (endsAt.current != null) setRemaining(Math.max(0, (endsAt.current - performance.now()) / 1000))
    }, 250)
    return () => clearInterval(tick)
  }, [])

  return { remaining, sync }
}
