'use client'

import Link from 'next/link'
import React from 'react'

import { daysAgo, type DashboardData, signedHours } from '../../lib/progress'
import { ResourceLine } from '../ResourceLine'
import { SuggestedTopics } from './SuggestedTopics'

const Widget = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <section className="widget" aria-label={title}>
    <h3>{title}</h3>
    {children}
  </section>
)

/** Seed 000's dashboard widgets: overall progress, performance, study time, recent activity, suggested topics, resources. */
export function Summary({ data, onChanged }: { data: DashboardData; onChanged: () => void }) {
  const { overall_progress: progress, performance, study_time: time, recent_activity: recent } = data
  return (
    <>
      <div className="widgets">
        <Widget title="Overall progress">
          <p className="big">{progress.completed} <span className="muted">of {progress.total} categories</span></p>
          <progress max={progress.total} value={progress.completed} aria-label={`${progress.completed} of ${progress.total} categories completed`} />
          <p className="hint">A category counts once you have answered {progress.rule.min_answered} questions with at least {progress.rule.min_score_percent} % right.</p>
        </Widget>
        <Widget title="Performance">
          <p className="big">{performance.avg_score_percent} %</p>
          <p>{performance.correct} correct · {performance.incorrect} incorrect</p>
        </Widget>
        <Widget title="Study time">
          <p className="big">{time.hours_this_week} h <span className="muted">this week</span></p>
          <p>{signedHours(time.delta_vs_last_week)} vs last week</p>
        </Widget>
        <Widget title="Recent activity">
          {recent.last_practice ? (
            <p>
              <strong>Practice</strong> {daysAgo(recent.last_practice.days_ago)}: {recent.last_practice.score_percent ?? 0} % ({recent.last_practice.correct} right, {recent.last_practice.incorrect} wrong)
              {recent.last_practice.categories.length > 0 && <> in {recent.last_practice.categories.join(', ')}</>}
            </p>
          ) : (
            <p className="muted">No practice completed yet.</p>
          )}
          {recent.last_exam ? (
            <p>
              <strong>{recent.last_exam.exam}</strong> {daysAgo(recent.last_exam.days_ago)}: {recent.last_exam.score_percent ?? 0} %, {recent.last_exam.answered} answered in {recent.last_exam.time_spent_min} min
            </p>
          ) : (
            <p className="muted">No mock exam submitted yet.</p>
          )}
        </Widget>
      </div>
      <div className="widgets">
        <Widget title="Suggested topics">
          <SuggestedTopics topics={data.suggested_topics} onChanged={onChanged} />
        </Widget>
        <Widget title="High-yield resources">
          {data.featured_resources.length ? (
            <ul className="plain-list">
              {data.featured_resources.map((r) => (
                <li key={r.id ?? r.url}>
                  <ResourceLine resource={r} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No featured resources yet.</p>
          )}
          <p>
            <Link href="/resources">All resources</Link>
          </p>
        </Widget>
      </div>
    </>
  )
}
