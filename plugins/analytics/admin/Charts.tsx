'use client'

import React from 'react'
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

const box: React.CSSProperties = { width: '100%', height: 260 }

/** Learners per tenth of the score range. */
export function ScoreDistributionChart({ data }: { data: { from: number; to: number; learners: number }[] }) {
  return (
    <figure style={box} aria-label="Learners by score">
      <ResponsiveContainer>
        <BarChart data={data.map((d) => ({ range: `${d.from}–${d.to}%`, learners: d.learners }))}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="range" fontSize={11} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="learners" fill="#3b6ea5" name="Learners" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}

/** Pooled score per category. */
export function CategoryChart({ data }: { data: { name: string; score_percent: number; answered: number }[] }) {
  return (
    <figure style={{ width: '100%', height: Math.max(200, 28 * data.length) }} aria-label="Score per category">
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ left: 40 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="name" width={200} fontSize={11} />
          <Tooltip />
          <Bar dataKey="score_percent" fill="#2e8b57" name="Score %" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}

/** Weekly cohort score and active learners. */
export function TrendChart({ data }: { data: { week: string; score_percent: number; learners: number }[] }) {
  return (
    <figure style={box} aria-label="Cohort score per week">
      <ResponsiveContainer>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" fontSize={11} />
          <YAxis yAxisId="score" domain={[0, 100]} unit="%" />
          <YAxis yAxisId="learners" orientation="right" allowDecimals={false} />
          <Tooltip />
          <Line yAxisId="score" type="monotone" dataKey="score_percent" stroke="#3b6ea5" name="Score %" />
          <Line yAxisId="learners" type="monotone" dataKey="learners" stroke="#c77c02" name="Active learners" />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  )
}
