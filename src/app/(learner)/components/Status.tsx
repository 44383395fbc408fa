import React from 'react'

import type { ApiError } from '../lib/api'

export const Loading = ({ what = 'Loading…' }: { what?: string }) => <p className="muted" role="status">{what}</p>

/** A refused or failed request, in the API's words, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: ApiError | string; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{typeof error === 'string' ? error : error.message}</p>
      {onRetry && <button type="button" className="secondary" onClick={onRetry}>Try again</button>}
    </div>
  )
}
