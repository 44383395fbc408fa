import type { Config, Plugin } from 'payload'

import { subscribe } from '@/events'
import { provideDashboard } from '@/extensions/dashboard'
import { providePersonalData } from '@/extensions/personalData'
import { providePracticeSource } from '@/extensions/practiceSources'
import { recommendationEndpoints } from './endpoints'
import { type RecommendationsOptions, resolveOptions } from './options'
import { recommendationData } from './personalData'
import { dueQuestions } from './review/queue'
import { scheduler } from './review/schedule'
import { recomputeDailyTask, recomputeQueuedTask } from './tasks'
import { dashboardTopics } from './topics/suggestions'
import { onExamSubmitted, onPracticeAnswer, onSessionCompleted } from './upkeep'

export type { RecommendationsOptions } from './options'

/**
 * Recommendations: per-learner mastery (Bayesian knowledge tracing per subcategory) and a spaced-repetition
 * review queue (FSRS), both kept from the learning events inside the answer's transaction; suggested topics
 * with reasons, recomputed by a daily job and after each session; review-mode practice; the dashboard's
 * suggested topics. The core never imports this plugin; without it, practice and exams work as before.
 */
export const recommendationsPlugin =
  (input: RecommendationsOptions = {}): Plugin =>
  (incoming: Config): Config => {
    if (input.enabled === false) return incoming
    const o = resolveOptions(input)
    const schedule = scheduler(o.review)
    let config = subscribe(incoming, 'response.graded', (event, { tx }) => onPracticeAnswer(event, tx, o, schedule))
    config = subscribe(config, 'session.completed', (event, { tx }) => onSessionCompleted(event, tx))
    config = subscribe(config, 'exam.submitted', (event, { tx }) => onExamSubmitted(event, tx, o, schedule))
    config = providePracticeSource(config, 'review', (_payload, tx, userId) => dueQuestions(tx, userId))
    config = provideDashboard(config, { suggestedTopics: dashboardTopics(o) })
    config = providePersonalData(config, recommendationData)
    const jobs = config.jobs ?? {}
    const autoRun = Array.isArray(jobs.autoRun) ? jobs.autoRun : []
    return {
      ...config,
      endpoints: [...(config.endpoints ?? []), ...recommendationEndpoints(o)],
      jobs: {
        ...jobs,
        tasks: [...(jobs.tasks ?? []), recomputeQueuedTask(o), recomputeDailyTask(o)],
        autoRun: [...autoRun, { cron: '*/15 * * * * *', queue: 'recommendations', limit: 2 }],
      },
    }
  }
