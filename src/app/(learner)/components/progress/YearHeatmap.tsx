'use client'

import React from 'react'

import { ErrorNotice, Loading } from '../Status'
import { type Heatmap, heatLevel, heatmapGrid } from '../../lib/progress'
import { useApi } from '../../lib/useApi'

/** A year of study days: one square per day, darker with more answers. */
export function YearHeatmap() {
  const { data, error, reload } = useApi<Heatmap>('/analytics/heatmap')
  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!data) return <Loading />
  const weeks = heatmapGrid(data.from, data.to, data.days)
  const total = data.days.reduce((n, d) => n + d.answered, 0)
  return (
    <section className="widget wide" aria-labelledby="heatmap-heading">
      <h3 id="heatmap-heading">Your year</h3>
      <p>{data.days.length} active days and {total} answers since {data.from}.</p>
      <div className="heatmap" role="img" aria-label={`${data.days.length} active days in the last year`}>
        {weeks.map((week, w) => (
          <div key={w} className="heatmap-week">
            {week.map((day, d) => (day ? <span key={d} className={`heat heat-${heatLevel(day.answered)}`} title={`${day.date}: ${day.answered} answered`} /> : <span key={d} className="heat heat-none" />))}
          </div>
        ))}
      </div>
    </section>
  )
}
