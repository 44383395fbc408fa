/** Sample statistics with Moodle's conventions (variances and covariances divide by n − 1). Pure. */

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

export function covariance(xs: number[], ys: number[]): number {
  const mx = mean(xs)
  const my = mean(ys)
  let sum = 0
  for (let i = 0; i < xs.length; i++) sum += (xs[i] - mx) * (ys[i] - my)
  return sum / (xs.length - 1)
}

export const variance = (xs: number[]): number => covariance(xs, xs)

/** The largest covariance the two marginal distributions allow: both sorted ascending, then paired. */
export function maxCovariance(xs: number[], ys: number[]): number {
  const sort = (v: number[]) => [...v].sort((a, b) => a - b)
  return covariance(sort(xs), sort(ys))
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Central moment m_k = Σ(x − x̄)^k / n. */
export function centralMoment(xs: number[], k: number): number {
  const m = mean(xs)
  return xs.reduce((sum, x) => sum + (x - m) ** k, 0) / xs.length
}
