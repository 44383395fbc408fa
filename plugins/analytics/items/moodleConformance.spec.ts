import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { analyseTest, itemStatistics } from './itemStatistics'

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../tests/fixtures/moodle-statistics')

/** A small CSV reader for Moodle's fixtures (no quoted commas in them): rows as objects keyed by the header. */
function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.trim())
  const keys = header.split(',')
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])))
}
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'))

/** Moodle's comparison: an empty expected cell is not checked, **NULL** must be null, numbers within a relative tolerance. */
function expectClose(actual: number | null | undefined, cell: string | number | null, relative: number, label: string) {
  if (cell === '' || cell === undefined) return
  if (cell === '**NULL**' || cell === null) return expect(actual ?? null, label).toBeNull()
  const want = Number(cell)
  expect(actual, label).not.toBeNull()
  expect(Math.abs(actual! - want), `${label}: ${actual} vs ${want}`).toBeLessThanOrEqual(Math.abs(want) * relative + 1e-12)
}
const LOOSE = new Set(['covariance', 'discriminationindex', 'discriminativeefficiency', 'effectiveweight'])
const tolerance = (column: string) => (LOOSE.has(column) ? 1e-5 : 1e-6)
const COLUMNS = ['facility', 'sd', 'effectiveweight', 'covariance', 'markvariance', 'othermarkvariance', 'discriminationindex', 'covariancemax', 'discriminativeefficiency']

// Set 00: 25 attempts × 7 slots of max mark 1; each attempt's total is the sum of its marks as written.
const results = csv('results00.csv')
const marks = results.map((r) => [1, 2, 3, 4, 5, 6, 7].map((slot) => Number(r[`slots.${slot}.mark`])))
const set00 = analyseTest(marks, [1, 1, 1, 1, 1, 1, 1])
const steps = new Map(csv('steps00.csv').map((r) => [r.quizattempt, r]))

describe("Moodle's quiz statistics, set 00", () => {
  it('reproduces every slot row of qstats00.csv (the early layout)', () => {
    for (const row of csv('qstats00.csv')) {
      const item = set00.items[Number(row.slot) - 1] as unknown as Record<string, number | null>
      for (const c of COLUMNS) expectClose(item[c], row[c], tolerance(c), `slot ${row.slot} ${c}`)
    }
  })

  it('reproduces the later layout: slot rows, the random slot’s sub-question and slot 2’s variants', () => {
    const rows = csv('qstats00-later-layout.csv')
    expect(rows.length).toBe(10)
    for (const row of rows) {
      const slot = Number(row.slot) - 1
      const attempts = results.map((r, i) => ({ i, steps: steps.get(r.quizattempt)! }))
      let stats: Record<string, number | null>
      if (row.subqname) {
        // A random slot's sub-question: the attempts that drew it; the rest of the test is the whole total.
        const drew = attempts.filter((a) => a.steps['randqs.1'] === row.subqname).map((a) => a.i)
        stats = { ...itemStatistics(drew.map((i) => marks[i][slot]), drew.map((i) => set00.totals[i]), 1), effectiveweight: null }
      } else if (row.variant) {
        const used = attempts.filter((a) => a.steps['variants.2'] === row.variant).map((a) => a.i)
        stats = { ...itemStatistics(used.map((i) => marks[i][slot]), used.map((i) => set00.totals[i] - marks[i][slot]), 1), effectiveweight: null }
      } else {
        stats = set00.items[slot] as unknown as Record<string, number | null>
      }
      const label = `slot ${row.slot}${row.subqname ? ` ${row.subqname}` : ''}${row.variant ? ` variant ${row.variant}` : ''}`
      expectClose(stats.s, row.s, 0, `${label} s`)
      expectClose(stats.maxmark, row.maxmark, 0, `${label} maxmark`)
      for (const c of COLUMNS) expectClose(stats[c], row[c], tolerance(c), `${label} ${c}`)
    }
  })

  it('reproduces the whole-quiz statistics', () => {
    const want = expected.set00_whole_quiz
    expect(set00.test.attempts).toBe(want.attempts)
    for (const key of ['mean', 'median', 'standarddeviation', 'skewness', 'kurtosis', 'cic', 'errorratio', 'standarderror'] as const) {
      expectClose(set00.test[key], want[key], want.tolerance_relative, key)
    }
  })
})

describe("Moodle's legacy per-item statistics (mdl_question_states.csv)", () => {
  it('reproduces every slot of 22 attempts × 20 slots', () => {
    // Rows of one attempt are contiguous; a row for slot 1 starts a new attempt.
    const attempts: Map<number, number>[] = []
    const maxMarks = new Map<number, number>()
    for (const row of csv('mdl_question_states.csv')) {
      if (row.slot === '1') attempts.push(new Map())
      attempts.at(-1)!.set(Number(row.slot), Number(row.mark))
      maxMarks.set(Number(row.slot), Number(row.maxmark))
    }
    expect(attempts).toHaveLength(22)
    const slots = [...maxMarks.keys()].sort((a, b) => a - b)
    const { items } = analyseTest(attempts.map((a) => slots.map((s) => a.get(s)!)), slots.map((s) => maxMarks.get(s)!))
    const { rows, scaling, tolerance_absolute_after_scaling: tol } = expected.legacy_per_slot
    for (const [slot, facility, sd, ew, di, de] of rows as (number | null)[][]) {
      const item = items[slots.indexOf(slot!)]
      const close = (actual: number | null, want: number | null, scale: number, label: string) =>
        expect(Math.abs((actual ?? 0) * scale - (want ?? 0)), `slot ${slot} ${label}: ${actual} vs ${want}`).toBeLessThanOrEqual(tol)
      close(item.facility, facility, scaling.facility, 'facility')
      close(item.sd, sd, scaling.sd, 'sd')
      close(item.effectiveweight, ew, 1, 'effective weight')
      close(item.discriminationindex, di, 1, 'discrimination index')
      close(item.discriminativeefficiency, de, 1, 'discriminative efficiency')
    }
  })
})
