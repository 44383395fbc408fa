import React from 'react'

import type { ResourceCard } from '../lib/progress'

/** "Title ↗ · video · 12 min · Author": a resource opens where it lives, in a new tab. */
export function ResourceLine({ resource: r }: { resource: Pick<ResourceCard, 'title' | 'url' | 'kind' | 'duration_sec' | 'author'> }) {
  const minutes = r.duration_sec ? Math.max(1, Math.round(r.duration_sec / 60)) : null
  return (
    <>
      <a href={r.url} target="_blank" rel="noopener noreferrer">
        {r.title}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>{' '}
      <span className="muted">
        {r.kind}
        {minutes ? ` · ${minutes} min` : ''}
        {r.author ? ` · ${r.author}` : ''}
      </span>
    </>
  )
}
