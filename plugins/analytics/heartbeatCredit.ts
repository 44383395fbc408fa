/**
 * Study time outside answering (reading explanations, resources) comes from heartbeats the learner's
 * app sends while it is in use. Pure: given the seconds since the previous heartbeat, how many to
 * credit. Closer than `minGapSec` is a duplicate (ignored, the clock not moved); a gap longer than two
 * intervals is a break (nothing credited, a new stretch starts); otherwise the gap, at most one interval.
 */
export function heartbeatCredit(gapSec: number | null, o: { intervalSec: number; minGapSec: number }): { creditSec: number; duplicate: boolean } {
  if (gapSec === null || gapSec > 2 * o.intervalSec) return { creditSec: 0, duplicate: false }
  if (gapSec < o.minGapSec) return { creditSec: 0, duplicate: true }
  return { creditSec: Math.round(Math.min(gapSec, o.intervalSec)), duplicate: false }
}
