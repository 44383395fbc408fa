/** plugins/recommendations options (all optional; the defaults are what the README documents). */
export type RecommendationsOptions = {
  /** Set false to leave the plugin out (the core works without it). */
  enabled?: boolean
  topics?: {
    /** Suggest at least `min` (when the bank has that many categories) and at most `max` topics. */
    min?: number
    max?: number
    /** "Low score": at least `minAttempts` answers in the category with a score below `lowScorePercent`. */
    lowScorePercent?: number
    minAttempts?: number
    /** "Declining": the last `windowDays` scored at least `declinePoints` below the `windowDays` before, with `minWindowAttempts` answers in each. */
    windowDays?: number
    declinePoints?: number
    minWindowAttempts?: number
    /** Resources shown with each topic, and the size of the practice session "Practice now" starts. */
    resourcesPerTopic?: number
    practiceQuestions?: number
  }
  /** Days a dismissed suggestion stays away. */
  dismissDays?: number
  /** Bayesian knowledge tracing per learner × subcategory: P(L0), P(T), P(G), P(S); a topic is mastered at `masteredAt`. */
  mastery?: { prior?: number; learn?: number; guess?: number; slip?: number; masteredAt?: number }
  /** FSRS: the retention aimed for and the longest interval. */
  review?: { requestRetention?: number; maximumIntervalDays?: number }
  /** The daily recompute: learners active in the last `activeDays`, `batchSize` per transaction, at `cron` (seconds first). */
  recompute?: { activeDays?: number; batchSize?: number; cron?: string }
}

export type TopicOptions = Required<NonNullable<RecommendationsOptions['topics']>>
export type MasteryParameters = Required<NonNullable<RecommendationsOptions['mastery']>>
export type ResolvedOptions = {
  topics: TopicOptions
  dismissDays: number
  mastery: MasteryParameters
  review: Required<NonNullable<RecommendationsOptions['review']>>
  recompute: Required<NonNullable<RecommendationsOptions['recompute']>>
}

export function resolveOptions(o: RecommendationsOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    topics: {
      min: 3,
      max: 5,
      lowScorePercent: 60,
      minAttempts: 10,
      windowDays: 14,
      declinePoints: 15,
      minWindowAttempts: 5,
      resourcesPerTopic: 3,
      practiceQuestions: 10,
      ...o.topics,
    },
    dismissDays: o.dismissDays ?? 7,
    mastery: { prior: 0.2, learn: 0.15, guess: 0.2, slip: 0.1, masteredAt: 0.95, ...o.mastery },
    review: { requestRetention: 0.9, maximumIntervalDays: 365, ...o.review },
    recompute: { activeDays: 30, batchSize: 50, cron: '0 15 2 * * *', ...o.recompute },
  }
  const { prior, learn, guess, slip, masteredAt } = resolved.mastery
  for (const [name, p] of Object.entries({ prior, learn, guess, slip, masteredAt })) {
    if (!(p > 0 && p < 1)) throw new Error(`recommendations: mastery.${name} must be between 0 and 1 (exclusive), not ${p}.`)
  }
  if (guess + slip >= 1) throw new Error('recommendations: mastery.guess + mastery.slip must be below 1, or a right answer would count against mastery.')
  if (resolved.topics.min > resolved.topics.max) throw new Error('recommendations: topics.min must not exceed topics.max.')
  return resolved
}
