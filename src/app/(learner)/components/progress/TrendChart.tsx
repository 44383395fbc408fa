'use client'

import React from 'react'
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { ErrorNotice, Loading } from '../Status'
import type { Trends } from '../../lib/progress'
import { useApi } from '../../lib/useApi'

/** Score per week over the last 12 weeks (weeks without answers leave a gap). */
export function TrendChart() {
  const { data, error, reload } = useApi<Trends>('/analytics/trends?weeks=12')
  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!data) return <Loading />
  const active = data.weeks.filter((w) => w.score_percent !== null)
  return (
    <section className="widget wide" aria-labelledby="trend-heading">
      <h3 id="trend-heading">Score trend</h3>
      {active.length === 0 ? (
        <p className="muted">No answers in the last 12 weeks.</p>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={200}>
              <LineChart data={data.weeks.map((w) => ({ week: w.week_start.slice(5), score: w.score_percent }))}>
                <XAxis dataKey="week" fontSize={11} />
                <YAxis domain={[0, 100]} unit="%" width={48} fontSize={11} />
                <Tooltip />
                <Line type="monotone" dataKey="score" name="Score %" stroke="#1d4ed8" connectNulls={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <table className="visually-hidden">
            <caption>Score per week</caption>
            <tbody>{active.map((w) => <tr key={w.week_start}><th scope="row">Week of {w.week_start}</th><td>{w.score_percent} % of {w.answered}</td></tr>)}</tbody>
          </table>
        </>
      )}
    </section>
  )
}
