import type { Config, Plugin } from 'payload'

import { subscribe } from '@/events'
import { recountDaysOnTimezoneChange } from './aggregates/timezoneChange'
import { onExamSubmitted, onPracticeCompleted, onResponse } from './aggregates/upkeep'
import { analyticsConsistencyTask } from './consistencyTask'
import { itemQualityField } from './items/quality'
import { analyticsEndpoints } from './endpoints'
import { xapiExportEndpoint } from './endpoints/xapi'
import { type AnalyticsOptions, resolveOptions } from './options'
import { queueAnswered, queueCompleted, queueSubmitted } from './xapi/outbox'
import { xapiForwardTask } from './xapiTask'

export type { AnalyticsOptions } from './options'

/** The name its learning-event listeners are registered under. */
export const PLUGIN = 'analytics'

/**
 * Learner analytics: aggregates kept inside the transaction of every answer (through the learning-event
 * bus), the one-round-trip dashboard, the analytics endpoints and a nightly consistency job. The core
 * never imports this plugin; without it, practice and exams work as before.
 */
export const analyticsPlugin =
  (input: AnalyticsOptions = {}): Plugin =>
  (incoming: Config): Config => {
    if (input.enabled === false) return incoming
    const options = resolveOptions(input)
    let config = subscribe(incoming, 'response.graded', (event, { tx }) => onResponse(event, tx), PLUGIN)
    config = subscribe(config, 'response.flagged', (event, { tx }) => onResponse(event, tx), PLUGIN)
    config = subscribe(config, 'session.completed', (event, { tx }) => onPracticeCompleted(event, tx), PLUGIN)
    config = subscribe(config, 'exam.submitted', (event, { tx }) => onExamSubmitted(event, tx), PLUGIN)
    // xAPI statements are queued only when a Learning Record Store is configured (XAPI_LRS_URL).
    config = subscribe(config, 'response.graded', (event, { tx, payload }) => queueAnswered(payload, tx, event), PLUGIN)
    config = subscribe(config, 'session.completed', (event, { tx, payload }) => queueCompleted(payload, tx, event), PLUGIN)
    config = subscribe(config, 'exam.submitted', (event, { tx, payload }) => queueSubmitted(payload, tx, event), PLUGIN)
    const jobs = config.jobs ?? {}
    const autoRun = Array.isArray(jobs.autoRun) ? jobs.autoRun : []
    const collections = (config.collections ?? []).map((c) =>
      c.slug === 'users'
        ? { ...c, hooks: { ...c.hooks, afterChange: [...(c.hooks?.afterChange ?? []), recountDaysOnTimezoneChange] } }
        : c.slug === 'questions'
          ? { ...c, fields: [...c.fields, itemQualityField], admin: { ...c.admin, defaultColumns: [...(c.admin?.defaultColumns ?? []), 'itemQuality'] } }
          : c,
    )
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          views: { ...config.admin?.components?.views, analytics: { Component: '/plugins/analytics/admin/AnalyticsView#AnalyticsView', path: '/analytics' } },
          afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/plugins/analytics/admin/NavLink#AnalyticsNavLink'],
        },
      },
      custom: { ...config.custom, analyticsOptions: input },
      collections,
      endpoints: [...(config.endpoints ?? []), ...analyticsEndpoints(options), xapiExportEndpoint],
      jobs: {
        ...jobs,
        tasks: [...(jobs.tasks ?? []), analyticsConsistencyTask, xapiForwardTask],
        autoRun: [...autoRun, { cron: '*/30 * * * * *', queue: 'analytics', limit: 2 }],
      },
    }
  }
