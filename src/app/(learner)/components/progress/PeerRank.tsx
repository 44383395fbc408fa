'use client'

import React from 'react'

import { ErrorNotice, Loading } from '../Status'
import type { Peers } from '../../lib/progress'
import { useApi } from '../../lib/useApi'

/** Where the learner stands among the learners of each of their institutions. */
export function PeerRank() {
  const { data, error, reload } = useApi<Peers>('/analytics/peers')
  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!data) return <Loading />
  return (
    <section className="widget wide" aria-labelledby="peers-heading">
      <h3 id="peers-heading">Compared with your peers</h3>
      {data.institutions.length === 0 && <p className="muted">Answer some questions to compare yourself with your peers.</p>}
      {data.institutions.map((i) => (
        <p key={i.id}>
          {i.name}:{' '}
          {i.overall?.percentile != null ? (
            <>ahead of <strong>{i.overall.percentile} %</strong> of {i.overall.cohort_size} learners</>
          ) : (
            <span className="muted">{i.overall?.hidden_reason ?? 'No answers yet.'}</span>
          )}
        </p>
      ))}
    </section>
  )
}
