'use client'

import { useCallback, useEffect, useState } from 'react'

import { type ApiError, apiFetch, isApiError } from './api'
import { signInIfExpired } from './auth'

export type Loaded<T> = { data: T | undefined; error: ApiError | null; reload: () => void; setData: (data: T) => void }

const offline: ApiError = { status: 0, message: 'Could not reach Practica. Check your connection and try again.', fields: {} }

/** GETs `path` (null: not yet); an expired session goes to sign-in and comes back here. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<ApiError | null>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    if (!path) return
    let live = true
    setError(null)
    apiFetch<T>(path)
      .then((body) => live && setData(body))
      .catch((caught: unknown) => {
        if (!live || signInIfExpired(caught)) return
        setError(isApiError(caught) ? caught : offline)
      })
    return () => {
      live = false
    }
  }, [path, round])

  const reload = useCallback(() => setRound((n) => n + 1), [])
  return { data, error, reload, setData }
}
