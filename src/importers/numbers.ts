/** Moodle stores fractions with 7 decimals: `fraction="-33.33333"` → -0.3333333. */
export function roundFraction(value: number): number {
  return Math.round(value * 1e7) / 1e7
}

/** Removes binary noise from derived numbers, e.g. the midpoint of 3.141..3.142. */
export function cleanNumber(value: number): number {
  return Number(value.toPrecision(12))
}

/** A finite number from text, or undefined ("", "abc", "1e999" are not numbers). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : undefined
}

/** A percentage such as "50", "-33.33333" or "100" as a fraction (0.5, -0.3333333, 1). */
export function percentToFraction(text: string): number | undefined {
  const value = parseNumber(text)
  return value === undefined ? undefined : roundFraction(value / 100)
}

/** 0.3333333 → "33.33333", 1 → "100": the way GIFT and Moodle XML write weights. */
export function fractionToPercent(fraction: number): string {
  return String(Number((fraction * 100).toFixed(5)))
}

/** "3:2" (value:tolerance), "3.141..3.142" (min..max, stored as midpoint ± half-width) or "3". */
export function parseNumericSpec(spec: string): { value: number; tolerance: number } | string {
  const range = spec.indexOf('..') > 0 ? spec.split('..') : undefined
  const [first, second = '0'] = range ?? spec.split(':')
  const [a, b] = [parseNumber(first), parseNumber(second)]
  if (a === undefined || b === undefined) return `Numerical answer "${spec}" is not a number, "value:tolerance" or "min..max".`
  if (!range) return { value: a, tolerance: b }
  if (a > b) return `Numerical range "${spec}" has its minimum above its maximum.`
  return { value: cleanNumber((a + b) / 2), tolerance: cleanNumber((b - a) / 2) }
}
