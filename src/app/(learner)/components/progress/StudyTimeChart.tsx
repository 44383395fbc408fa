'use client'

import React, { useState } from 'react'
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { ErrorNotice, Loading } from '../Status'
import type { StudyTime } from '../../lib/progress'
import { useApi } from '../../lib/useApi'

const RANGES = [
  { value: 'week', label: 'This week' },
  { value: 'month', label: '30 days' },
  { value: 'year', label: '12 months' },
] as const

/** Hours studied per day (week, month) or per month (year), with a range switcher and a table for screen readers. */
export function StudyTimeChart() {
  const [range, setRange] = useState<(typeof RANGES)[number]['value']>('week')
  const { data, error, reload } = useApi<StudyTime>(`/analytics/study-time?range=${range}`)
  return (
    <section className="widget wide" aria-labelledby="study-time-heading">
      <h3 id="study-time-heading">Study time</h3>
      <div className="toolbar" role="group" aria-label="Period">
        {RANGES.map((r) => (
          <button key={r.value} type="button" className="secondary" aria-pressed={range === r.value} onClick={() => setRange(r.value)}>{r.label}</button>
        ))}
      </div>
      {error ? (
        <ErrorNotice error={error} onRetry={reload} />
      ) : !data || data.range !== range ? (
        <Loading />
      ) : (
        <>
          <p>{data.total_hours} h in all</p>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={200}>
              <BarChart data={data.series.map((p) => ({ label: data.unit === 'month' ? p.start.slice(0, 7) : p.start.slice(5), hours: p.hours }))}>
                <XAxis dataKey="label" fontSize={11} />
                <YAxis unit=" h" width={48} fontSize={11} />
                <Tooltip />
                <Bar dataKey="hours" name="Hours" fill="#1d4ed8" />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="visually-hidden">
            <caption>Hours studied per {data.unit}</caption>
            <tbody>{data.series.map((p) => <tr key={p.start}><th scope="row">{p.start}</th><td>{p.hours} h, {p.answered} answered</td></tr>)}</tbody>
          </table>
        </>
      )}
    </section>
  )
}
