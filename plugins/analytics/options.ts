/** plugins/analytics options (all optional). */
export type AnalyticsOptions = {
  /** Set false to keep the endpoints and upkeep out (the core works without them). */
  enabled?: boolean
  /** When a category counts as completed on the dashboard: answered at least `minAnswered` with at least `minScorePercent`. */
  completion?: { minAnswered?: number; minScorePercent?: number }
  /** Peer comparison is shown only for cohorts of at least this many learners with answers. */
  minCohort?: number
  /** Study-time heartbeats: the expected interval, and the shortest gap that counts (closer ones are duplicates). */
  heartbeat?: { intervalSec?: number; minGapSec?: number }
}

export type ResolvedOptions = { completion: { minAnswered: number; minScorePercent: number }; minCohort: number; heartbeat: { intervalSec: number; minGapSec: number } }

export const resolveOptions = (o: AnalyticsOptions = {}): ResolvedOptions => ({
  completion: { minAnswered: o.completion?.minAnswered ?? 10, minScorePercent: o.completion?.minScorePercent ?? 70 },
  minCohort: o.minCohort ?? 5,
  heartbeat: { intervalSec: o.heartbeat?.intervalSec ?? 60, minGapSec: o.heartbeat?.minGapSec ?? 15 },
})
