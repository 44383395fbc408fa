'use client'

import React from 'react'

import { ErrorNotice, Loading } from '../Status'
import type { DashboardData } from '../../lib/progress'
import { useApi } from '../../lib/useApi'
import { CategoryChart } from './CategoryChart'
import { PeerRank } from './PeerRank'
import { StudyTimeChart } from './StudyTimeChart'
import { Summary } from './Summary'
import { TrendChart } from './TrendChart'
import { YearHeatmap } from './YearHeatmap'

/** The learner's progress: GET /dashboard in one request, then each chart from its own analytics endpoint. */
export function ProgressDashboard() {
  const { data, error, reload } = useApi<DashboardData>('/dashboard')
  return (
    <section aria-labelledby="progress-heading" className="progress">
      <h2 id="progress-heading">Your progress</h2>
      {error ? <ErrorNotice error={error} onRetry={reload} /> : !data ? <Loading /> : <Summary data={data} onChanged={reload} />}
      <StudyTimeChart />
      <CategoryChart />
      <TrendChart />
      <YearHeatmap />
      <PeerRank />
    </section>
  )
}
