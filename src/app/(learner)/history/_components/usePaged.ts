'use client'

import { useEffect, useState } from 'react'

import { type ApiError, apiFetch, isApiError } from '../../lib/api'
import { signInIfExpired } from '../../lib/auth'
import type { Page } from '../../lib/types'

/** A list endpoint read page by page, newest first; `more` appends the next page. */
export function usePaged<T>(path: string, limit = 20) {
  const [docs, setDocs] = useState<T[] | null>(null)
  const [page, setPage] = useState(1)
  const [hasMore, setHasMore] = useState(false)
  const [total, setTotal] = useState(0)
  const [error, setError] = useState<ApiError | string | null>(null)
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    let live = true
    setLoading(true)
    apiFetch<Page<T>>(`${path}?limit=${limit}&page=${page}`)
      .then((res) => {
        if (!live) return
        setDocs((previous) => (page === 1 ? res.docs : [...(previous ?? []), ...res.docs]))
        setHasMore(res.hasNextPage)
        setTotal(res.totalDocs)
        setError(null)
      })
      .catch((caught: unknown) => {
        if (live && !signInIfExpired(caught)) setError(isApiError(caught) ? caught : 'Could not reach Practica. Check your connection and try again.')
      })
      .finally(() => live && setLoading(false))
    return () => {
      live = false
    }
  }, [path, limit, page])

  return { docs, total, hasMore, loading, error, more: () => setPage((p) => p + 1) }
}
