import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../src/lib/projectRoot'
import type { ImportFigure } from './import'
import { CONNECTIONS, type Measurement, ROUNDS } from './measure'
import { LEARNERS, SUBMIT_WARMUP_ROUNDS } from './synthetic'
import type { UpkeepFigure, UpkeepPair } from './upkeep'
import type { HttpUpkeep } from './upkeepHttp'

type Upkeep = UpkeepFigure & { http: HttpUpkeep }

const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—')
const find = (results: Measurement[], prefix: string) => results.find((r) => r.name.startsWith(prefix))!
/** The upkeep of each round (its two runs were adjacent), to show the spread behind the overall figure. */
const byRound = (withPlugin: Measurement, without: Measurement) =>
  withPlugin.runs && without.runs ? `; by round ${withPlugin.runs.map((r, i) => `${((1 - r / without.runs![i]) * 100).toFixed(0)}%`).join(', ')}` : ''

/** The upkeep of each pair of adjacent turns (with, without), to show the spread behind the overall figure. */
const byTurn = (h: HttpUpkeep) => h.turns.map((t) => `${((1 - t.with / t.without) * 100).toFixed(0)}%`).join(', ')

/** Every target the issues set, judged on this run's own figures (ratios to this run's baselines). */
function targets(results: Measurement[], imports: ImportFigure[], upkeep: Upkeep) {
  const create = find(results, 'Baseline: Payload REST create')
  const list = find(results, 'Baseline: Payload REST list')
  const practice = find(results, 'Practice answer')
  const submit = find(results, 'Exam submit')
  const dashSmall = find(results, 'Dashboard, learner with 100 answers')
  const dashLarge = find(results, 'Dashboard, learner with 100,000 answers')
  const bare = find(results, 'Practice answer, the same app without')
  const overhead = 1 - practice.rps / bare.rps
  const cost = (p: UpkeepPair) => (p.withoutPlugin > 0 ? 1 - p.withPlugin / p.withoutPlugin : 0)
  const rest = cost(upkeep.rest)
  return [
    { target: 'Dashboard p50 with 100,000 answers ≤ 1.2× its p50 with 100 answers', figure: ratio(dashLarge.p50, dashSmall.p50), met: dashLarge.p50 <= 1.2 * dashSmall.p50 },
    { target: 'Dashboard throughput ≥ 1.5× the Payload REST list baseline', figure: ratio(dashSmall.rps, list.rps), met: dashSmall.rps >= 1.5 * list.rps },
    {
      target: 'Aggregate upkeep costs ≤ 15% of answer throughput (practice answers over HTTP, one production server with the analytics plugin’s listeners and without, switched between turns)',
      figure: `${(cost(upkeep.http) * 100).toFixed(1)}% (${upkeep.http.withPlugin.toFixed(0)} vs ${upkeep.http.withoutPlugin.toFixed(0)} req/s; by turn ${byTurn(upkeep.http)})`,
      met: cost(upkeep.http) <= 0.15,
    },
    {
      target: '(for reference) the same through Payload’s REST handler in process (no HTTP server or Next.js: a shorter path, so a larger share)',
      figure: `${(rest * 100).toFixed(1)}% (${upkeep.rest.withPlugin.toFixed(0)} vs ${upkeep.rest.withoutPlugin.toFixed(0)} answers/s)`,
      met: null,
    },
    { target: '(for reference) the same through the engine alone (no sign-in, routing or JSON)', figure: `${(cost(upkeep.engine) * 100).toFixed(1)}% (${upkeep.engine.withPlugin.toFixed(0)} vs ${upkeep.engine.withoutPlugin.toFixed(0)} answers/s)`, met: null },
    {
      target: '(for reference) the same over HTTP, two app processes, one started without the plugin (process-to-process differences exceed the plugin’s cost)',
      figure: `${(overhead * 100).toFixed(1)}% (${practice.rps.toFixed(0)} vs ${bare.rps.toFixed(0)} req/s${byRound(practice, bare)})`,
      met: null,
    },
    { target: 'Practice answer throughput ≥ 1.3× the Payload create baseline', figure: ratio(practice.rps, create.rps), met: practice.rps >= 1.3 * create.rps },
    { target: 'Practice answer p99 ≤ 100 ms', figure: `${practice.p99} ms`, met: practice.p99 <= 100 },
    { target: 'Exam submit of 180 answers p50 ≤ 150 ms', figure: `${submit.p50} ms`, met: submit.p50 <= 150 },
    // Judged only on a full-size run (BENCH_IMPORT_QUESTIONS=10000, the default).
    ...imports.map((i) => ({ target: `Import of 10,000 questions (${i.format}) ≤ 30 s, memory flat`, figure: `${i.questions.toLocaleString('en')} in ${i.seconds.toFixed(1)} s, ${i.heapRetainedMb.toFixed(1)} MB retained`, met: i.questions === 10_000 ? i.seconds <= 30 : null })),
  ]
}

/** bench/results.md: req/s, p50 and p99 per scenario, each also as a ratio to the same run's baselines. */
export async function writeReport(results: Measurement[], imports: ImportFigure[], upkeep: Upkeep): Promise<void> {
  const floor = find(results, 'Framework floor')
  const create = find(results, 'Baseline: Payload REST create')
  const list = find(results, 'Baseline: Payload REST list')
  const lines = [
    '# Benchmark results',
    '',
    `Run ${new Date().toISOString()} by \`npm run bench\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    `autocannon, ${CONNECTIONS} connections; each connection is one learner with one request in flight. Each scenario is warmed with 2-s runs until its pace is steady (at least three, the last three within 5% of each other), then all take turns: ${ROUNDS} rounds, each scenario once per round, the order forward then backward (A B C, C B A, …), each measured run (${Number(process.env.BENCH_DURATION ?? 10) / ROUNDS} s) right after an unrecorded 2-s run of the same scenario, so every ratio below compares the same moments of the machine. A scenario's req/s is its requests over its measured time; p50 and p99 are over all its measured requests. The app without the analytics plugin is a second instance on the same database. Exam submit is one-shot: each of its requests submits another 180-answer sitting, right after ${LEARNERS * SUBMIT_WARMUP_ROUNDS} unrecorded submits of other sittings (a code path's first requests pay for compiling it and for preparing its statements on each pooled connection). The app is the production build (\`next start\`) on an embedded PostgreSQL 17 with durability relaxed (fsync off), and autocannon runs on the same machine.`,
    'The machine is shared and noisy: compare the ratios (to the baselines measured in this same run), not the absolute figures.',
    'The create baseline writes a tag, which the audit trail also records (one more insert in the same transaction): it is Payload’s create as this app runs it, a little heavier than a bare one.',
    '',
    '| scenario | requests | req/s | p50 ms | p99 ms | ÷ create | ÷ list | ÷ floor | non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) => `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${ratio(r.rps, create.rps)} | ${ratio(r.rps, list.rps)} | ${ratio(r.rps, floor.rps)} | ${r.non2xx + r.errors} |`,
    ),
    '',
    '## Question import',
    '',
    '| format | questions | seconds | questions/s | RSS at start MB | RSS peak MB | heap retained MB |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...imports.map(
      (i) => `| ${i.format} | ${i.questions} | ${i.seconds.toFixed(1)} | ${i.questionsPerSecond.toFixed(0)} | ${i.rssStartMb.toFixed(0)} | ${i.rssPeakMb.toFixed(0)} | ${i.heapRetainedMb.toFixed(1)} |`,
    ),
    '',
    'Heap retained: what is still in use after the import and a full garbage collection, over what was in use before it. The RSS peak is mostly garbage V8 has not yet collected (it grows its heap lazily while allocation is fast); the retained heap shows what the import keeps.',
    '',
    '## Targets',
    '',
    '| target | this run | met |',
    '|---|---:|:---:|',
    ...targets(results, imports, upkeep).map((t) => `| ${t.target} | ${t.figure} | ${t.met === null ? '—' : t.met ? 'yes' : '**no**'} |`),
    '',
  ]
  const file = path.join(projectRoot, 'bench', 'results.md')
  await fs.writeFile(file, lines.join('\n'))
  console.log(`bench: wrote ${path.relative(process.cwd(), file)}`)
  console.log(lines.slice(-targets(results, imports, upkeep).length - 2).join('\n'))
}
