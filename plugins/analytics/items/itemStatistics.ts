import { centralMoment, covariance, maxCovariance, mean, median, variance } from './moments'

/**
 * Item analysis with Moodle's quiz-statistics definitions (mod/quiz/report/statistics), checked against
 * Moodle's own fixtures (tests/fixtures/moodle-statistics). Pure: marks in, statistics out.
 */

export type ItemStatistics = {
  s: number
  facility: number | null
  sd: number | null
  markvariance: number | null
  othermarkvariance: number | null
  covariance: number | null
  covariancemax: number | null
  discriminationindex: number | null
  discriminativeefficiency: number | null
  maxmark: number
}

const finite = (v: number) => (Number.isFinite(v) ? v : null)

/**
 * One statistics object: `x` the marks in the item, `y` the rest of the test for the same attempts
 * (total − own mark for an item or a variant; the whole total for a random slot's sub-question).
 */
export function itemStatistics(x: number[], y: number[], maxMark: number): ItemStatistics {
  const s = x.length
  if (s < 2) return { s, facility: s && maxMark ? mean(x) / maxMark : null, sd: null, markvariance: null, othermarkvariance: null, covariance: null, covariancemax: null, discriminationindex: null, discriminativeefficiency: null, maxmark: maxMark }
  const markvariance = variance(x)
  const othermarkvariance = variance(y)
  const cov = covariance(x, y)
  const covmax = maxCovariance(x, y)
  const product = markvariance * othermarkvariance
  return {
    s,
    facility: maxMark ? mean(x) / maxMark : null,
    sd: Math.sqrt(markvariance),
    markvariance,
    othermarkvariance,
    covariance: cov,
    covariancemax: covmax,
    discriminationindex: product > 0 ? finite((100 * cov) / Math.sqrt(product)) : null,
    discriminativeefficiency: covmax !== 0 ? finite((100 * cov) / covmax) : null,
    maxmark: maxMark,
  }
}

/**
 * Effective weights: each item's covariance with the whole total, c_k, as 100·√c_k / Σ√c_j over the
 * items with c_j ≥ 0; null for an item whose covariance is negative (or when no item has any).
 */
export function effectiveWeights(items: number[][], totals: number[]): (number | null)[] {
  const c = items.map((x) => (x.length > 1 ? covariance(x, totals) : -1))
  const sum = c.filter((v) => v >= 0).reduce((a, v) => a + Math.sqrt(v), 0)
  return c.map((v) => (v < 0 || sum === 0 ? null : (100 * Math.sqrt(v)) / sum))
}

export type TestStatistics = {
  attempts: number
  mean: number
  median: number
  standarddeviation: number
  skewness: number | null
  kurtosis: number | null
  cic: number | null
  errorratio: number | null
  standarderror: number | null
}

/** Whole-test statistics over the attempt totals; `markVariances` are the items' mark variances (for the CIC). */
export function testStatistics(totals: number[], markVariances: number[]): TestStatistics {
  const n = totals.length
  const m2 = centralMoment(totals, 2)
  const k2 = n > 1 ? (n * m2) / (n - 1) : 0
  const k3 = n > 2 ? (n ** 2 * centralMoment(totals, 3)) / ((n - 1) * (n - 2)) : null
  const k4 = n > 3 ? (n ** 2 * ((n + 1) * centralMoment(totals, 4) - 3 * (n - 1) * m2 ** 2)) / ((n - 1) * (n - 2) * (n - 3)) : null
  const p = markVariances.length
  const cic = k2 > 0 && p > 1 ? 100 * (p / (p - 1)) * (1 - markVariances.reduce((a, b) => a + b, 0) / k2) : null
  const errorratio = cic !== null && cic <= 100 ? 100 * Math.sqrt(1 - cic / 100) : null
  const sd = Math.sqrt(k2)
  return {
    attempts: n,
    mean: n ? mean(totals) : 0,
    median: n ? median(totals) : 0,
    standarddeviation: sd,
    skewness: k3 !== null && k2 > 0 ? k3 / k2 ** 1.5 : null,
    kurtosis: k4 !== null && k2 > 0 ? k4 / k2 ** 2 : null,
    cic,
    errorratio,
    standarderror: errorratio !== null ? (errorratio * sd) / 100 : null,
  }
}

/** A full analysis of a test: attempts × items marks (every attempt has every item), the items' maximum marks. */
export function analyseTest(marks: number[][], maxMarks: number[]) {
  const totals = marks.map((row) => row.reduce((a, b) => a + b, 0))
  const columns = maxMarks.map((_, k) => marks.map((row) => row[k]))
  const weights = effectiveWeights(columns, totals)
  const items = columns.map((x, k) => ({ ...itemStatistics(x, totals.map((t, i) => t - x[i]), maxMarks[k]), effectiveweight: weights[k] }))
  const test = testStatistics(totals, items.map((i) => i.markvariance ?? 0))
  return { test, items, totals }
}

/** Thresholds for flagging an item to editors (Moodle's report colours discrimination below 30 % and negative values). */
export const WEAK_DISCRIMINATION = 30
export const TOO_EASY_FACILITY = 0.95
export const TOO_HARD_FACILITY = 0.05

/** Why an item deserves an editor's look, if it does: negative or weak discrimination, or (nearly) everyone right or wrong. */
export function itemFlags(i: Pick<ItemStatistics, 'facility' | 'discriminationindex' | 's'>): string[] {
  const flags: string[] = []
  if (i.discriminationindex !== null && i.discriminationindex < 0) flags.push('negative-discrimination')
  else if (i.discriminationindex !== null && i.discriminationindex < WEAK_DISCRIMINATION) flags.push('weak-discrimination')
  if (i.facility !== null && i.facility >= TOO_EASY_FACILITY) flags.push('too-easy')
  if (i.facility !== null && i.facility <= TOO_HARD_FACILITY) flags.push('too-hard')
  return flags
}

/** One sitting: the mark and maximum of every question it had (a question left unanswered has mark 0). */
export type Sitting = Map<number, { mark: number; max: number }>

/**
 * Analysis of sittings that need not share their questions (papers drawn from a blueprint): each
 * question over the sittings that had it, the rest of the test being the sitting's total minus its
 * own mark. The internal-consistency figures need every sitting to have the same questions; otherwise they are null.
 */
export function analyseSittings(sittings: Sitting[]) {
  const totals = sittings.map((s) => [...s.values()].reduce((a, v) => a + v.mark, 0))
  const questions = [...new Set(sittings.flatMap((s) => [...s.keys()]))].sort((a, b) => a - b)
  const sameQuestions = sittings.every((s) => s.size === questions.length)
  const columns = questions.map((q) => sittings.map((s, i) => ({ i, v: s.get(q) })).filter((c) => c.v !== undefined) as { i: number; v: { mark: number; max: number } }[])
  // Effective weights (like the CIC) describe one fixed test: only when every sitting had the same questions.
  const weights = sameQuestions ? effectiveWeights(columns.map((c) => c.map((x) => x.v.mark)), totals) : questions.map(() => null)
  const items = questions.map((q, k) => {
    const c = columns[k]
    const maxMark = Math.max(0, ...c.map((x) => x.v.max))
    const stats = itemStatistics(c.map((x) => x.v.mark), c.map((x) => totals[x.i] - x.v.mark), maxMark)
    return { question: q, ...stats, effectiveweight: weights[k], flags: itemFlags(stats) }
  })
  const test = testStatistics(totals, sameQuestions ? items.map((i) => i.markvariance ?? 0) : [])
  return { test: sameQuestions ? test : { ...test, cic: null, errorratio: null, standarderror: null }, items }
}
