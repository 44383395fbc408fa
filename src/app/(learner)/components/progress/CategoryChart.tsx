'use client'

import React from 'react'
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { ErrorNotice, Loading } from '../Status'
import type { CategoryProgress } from '../../lib/progress'
import { useApi } from '../../lib/useApi'

/** Score per category the learner has practised, weakest first. */
export function CategoryChart() {
  const { data, error, reload } = useApi<CategoryProgress[]>('/analytics/categories')
  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!data) return <Loading />
  const practised = data.filter((c) => c.progress.answered > 0).sort((a, b) => a.progress.score_percent - b.progress.score_percent)
  return (
    <section className="widget wide" aria-labelledby="categories-heading">
      <h3 id="categories-heading">Performance by category</h3>
      {practised.length === 0 ? (
        <p className="muted">Practise a category to see how you do in it.</p>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={Math.max(120, practised.length * 30)}>
              <BarChart data={practised.map((c) => ({ name: c.name, score: c.progress.score_percent }))} layout="vertical" margin={{ left: 8 }}>
                <XAxis type="number" domain={[0, 100]} unit="%" fontSize={11} />
                <YAxis type="category" dataKey="name" width={150} fontSize={11} />
                <Tooltip />
                <Bar dataKey="score" name="Score %" fill="#047857" />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="visually-hidden">
            <caption>Score per category</caption>
            <tbody>{practised.map((c) => <tr key={c.slug}><th scope="row">{c.name}</th><td>{c.progress.score_percent} % of {c.progress.answered}</td></tr>)}</tbody>
          </table>
        </>
      )}
    </section>
  )
}
