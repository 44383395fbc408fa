import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { ACTIVITY_VIEWER_ROLES, type AccessUser, institutionsWithRole, isPlatformAdmin } from '@/access'
import { poolOf } from '@/db/sql'
import { resolveOptions, type AnalyticsOptions } from '../options'
import { cohort } from '../queries/cohort'
import { cohortTrend } from '../queries/cohortTrend'
import { templateItems } from '../queries/items'
import { CategoryChart, ScoreDistributionChart, TrendChart } from './Charts'

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
const cell: React.CSSProperties = { padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }
const fmt = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : v.toFixed(digits))

/**
 * /admin/analytics: cohort trends, category performance, learners at risk and item statistics with
 * flags, for the staff who may see them (the institution's instructors, TAs, examiners and admins; platform admins).
 */
export async function AnalyticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const payload = req.payload
  const user = req.user as unknown as AccessUser | null
  const options = resolveOptions((payload.config.custom?.analyticsOptions ?? {}) as AnalyticsOptions)
  const allowed = user ? (isPlatformAdmin(user) ? null : institutionsWithRole(user, ACTIVITY_VIEWER_ROLES).map(Number)) : []
  const { rows: institutions } = await poolOf(payload).query<{ id: number; name: string }>(
    `select id, name from institutions where $1::int[] is null or id = any($1::int[]) order by name`,
    [allowed],
  )
  const asked = Number(first(searchParams?.institution))
  const institution = institutions.find((i) => i.id === asked) ?? institutions[0]
  const template = Number(first(searchParams?.template)) || null

  const body = await (async () => {
    if (!user || !institution) return <p>Analytics are for the instructors, teaching assistants, examiners and admins of an institution.</p>
    const [view, trend, { rows: papers }] = await Promise.all([
      cohort(payload, institution.id, options, { inactiveDays: 14, atRiskScorePercent: 50 }),
      cohortTrend(payload, institution.id),
      poolOf(payload).query<{ id: number; name: string; submitted: number }>(
        `select t.id, t.name, coalesce(a.submitted, 0) as submitted from exam_templates t left join analytics_templates a on a.template_id = t.id
          where t.institution_id = $1 or t.shared order by t.name`,
        [institution.id],
      ),
    ])
    const items = template ? await templateItems(payload, user, template).catch((error: Error) => ({ error: error.message })) : null
    return (
      <>
        <form method="get" style={{ display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap', marginBottom: 24 }}>
          <label>
            Institution{' '}
            <select name="institution" defaultValue={institution.id}>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>{i.name}</option>
              ))}
            </select>
          </label>
          <label>
            Paper for item statistics{' '}
            <select name="template" defaultValue={template ?? ''}>
              <option value="">—</option>
              {papers.map((p) => (
                <option key={p.id} value={p.id}>{`${p.name} (${p.submitted} sittings)`}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small">Show</button>
        </form>

        <section aria-labelledby="cohort-heading">
          <h2 id="cohort-heading">Cohort</h2>
          <ul style={{ display: 'flex', gap: 24, flexWrap: 'wrap', listStyle: 'none', padding: 0 }}>
            <li>Learners: <strong>{view.learners}</strong></li>
            <li>Active in 7 days: <strong>{view.active_learners.last_7_days}</strong></li>
            <li>Active in 30 days: <strong>{view.active_learners.last_30_days}</strong></li>
            <li>Average score: <strong>{fmt(view.average_score_percent)} %</strong></li>
            <li>Completion: <strong>{fmt(view.completion_percent)} %</strong></li>
          </ul>
          <h3>Score per week</h3>
          {trend.length ? <TrendChart data={trend} /> : <p>No answers in the last 12 weeks.</p>}
          <h3>Learners by score</h3>
          <ScoreDistributionChart data={view.score_distribution} />
        </section>

        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading">Category performance</h2>
          {view.categories.length ? <CategoryChart data={view.categories} /> : <p>No answers yet.</p>}
          <p>Weakest: {view.weakest_categories.map((c) => `${c.name} (${fmt(c.score_percent)} %)`).join(', ') || '—'}</p>
        </section>

        <section aria-labelledby="risk-heading">
          <h2 id="risk-heading">Learners at risk ({view.at_risk.length})</h2>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>{['Learner', 'Email', 'Answered', 'Score %', 'Last active', 'Why'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr>
            </thead>
            <tbody>
              {view.at_risk.map((l) => (
                <tr key={l.id}>
                  <td style={cell}>{l.name}</td>
                  <td style={cell}>{l.email}</td>
                  <td style={cell}>{l.answered}</td>
                  <td style={cell}>{fmt(l.score_percent)}</td>
                  <td style={cell}>{l.last_active ?? 'never'}</td>
                  <td style={cell}>{l.reasons.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        {items && (
          <section aria-labelledby="items-heading">
            <h2 id="items-heading">Item statistics</h2>
            {'error' in items ? (
              <p role="alert">{items.error}</p>
            ) : (
              <>
                <p>
                  {items.template.name}: {items.test.attempts} sittings, mean {fmt(items.test.mean, 2)}, median {fmt(items.test.median, 2)}, SD {fmt(items.test.standarddeviation, 2)}, CIC{' '}
                  {fmt(items.test.cic)} %, error ratio {fmt(items.test.errorratio)} %, standard error {fmt(items.test.standarderror, 2)}; {items.flagged} flagged.
                </p>
                <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                  <thead>
                    <tr>{['Question', 'Sittings', 'Facility %', 'SD', 'Discrimination', 'Efficiency', 'Flags'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr>
                  </thead>
                  <tbody>
                    {items.items.map((i) => (
                      <tr key={i.question}>
                        <td style={cell}>
                          <a href={`${payload.config.routes.admin}/collections/questions/${i.question}`}>{i.title ?? `Question ${i.question}`}</a>
                        </td>
                        <td style={cell}>{i.s}</td>
                        <td style={cell}>{i.facility === null ? '—' : fmt(i.facility * 100)}</td>
                        <td style={cell}>{fmt(i.sd, 2)}</td>
                        <td style={cell}>{fmt(i.discriminationindex)}</td>
                        <td style={cell}>{fmt(i.discriminativeefficiency)}</td>
                        <td style={cell}>{i.flags.length ? `⚠ ${i.flags.join(', ')}` : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        )}
      </>
    )
  })()

  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={payload} permissions={permissions} req={req} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1>Analytics</h1>
        {body}
      </Gutter>
    </DefaultTemplate>
  )
}
