/**
 * The measuring half of `npm run bench`, run by bench/run.ts in its own process with DATABASE_URL
 * set (the Payload config is imported statically): synthetic data and learning histories, then every
 * scenario, then bench/results.md. Usage: tsx bench/load.ts <origin> <origin of the app without analytics>
 */
import { getPayload } from 'payload'

import { poolOf } from '../src/db/sql'
import config from '../payload.config'
import { DEMO_PASSWORD } from '../seed/users'
import { createHistory } from './history'
import { benchQuestionImport } from './import'
import { measureAmount, measureRounds, type NextRequest } from './measure'
import { writeReport } from './report'
import { createSynthetic, LEARNERS, practiceBody, SUBMIT_ROUNDS, SUBMIT_WARMUP_ROUNDS } from './synthetic'
import { measureUpkeep } from './upkeep'
import { measureUpkeepOverHttp } from './upkeepHttp'

const origin = process.argv[2]
/** The same app and database without the analytics plugin (PRACTICA_ANALYTICS=off). */
const bareOrigin = process.argv[3]
const payload = await getPayload({ config })
console.log('bench: creating synthetic data…')
const data = await createSynthetic(payload)

async function token(email: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) })
  if (!res.ok) throw new Error(`bench: login ${email} failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}
const auth = (t: string) => ({ authorization: `JWT ${t}` })
const tokens = await Promise.all(data.learners.map((l) => token(l.email)))
const editor = await token(data.editorEmail)
// Connection n is learner n (16 of each), answering one question at a time, as a learner does.
const learnerOf = (connection: number) => connection % LEARNERS

console.log('bench: writing learning histories of 100 and 100,000 answers…')
const historyOf = async (answers: number) => {
  const email = `bench-history-${answers}@practica.test`
  const user = await payload.create({ collection: 'users', overrideAccess: true, disableVerificationEmail: true, data: { email, name: `History of ${answers}`, password: DEMO_PASSWORD, _verified: true } as never })
  await createHistory(payload, user.id as number, answers)
  return token(email)
}
const small = await historyOf(100)
const large = await historyOf(100_000)
// Settle the 100,000 rows just written (statistics, visibility map) now, so autovacuum does not do it during the measurements.
await poolOf(payload).query('vacuum (analyze)')

const practiceAnswer: NextRequest = (_, c, nth) => ({
  method: 'POST',
  path: `/api/v1/practice/sessions/${data.learners[learnerOf(c)].practice.id}/attempts`,
  headers: auth(tokens[learnerOf(c)]),
  body: JSON.stringify(practiceBody(data, learnerOf(c), nth)),
})
const results = await measureRounds([
  { name: 'Framework floor: GET /health', origin, next: () => ({ method: 'GET', path: '/api/v1/health', headers: {} }) },
  { name: 'Baseline: Payload REST create (POST /tags)', origin, next: (i) => ({ method: 'POST', path: '/api/v1/tags', headers: auth(editor), body: JSON.stringify({ name: `bench-${process.pid}-${i}` }) }) },
  { name: 'Baseline: Payload REST list (GET /categories?limit=10)', origin, next: (_, c) => ({ method: 'GET', path: '/api/v1/categories?limit=10&depth=0', headers: auth(tokens[learnerOf(c)]) }) },
  { name: 'Practice answer (POST /practice/sessions/:id/attempts)', origin, next: practiceAnswer },
  // The same app and database without the analytics plugin, started cold: a longer warm-up.
  { name: 'Practice answer, the same app without the analytics plugin', origin: bareOrigin, next: practiceAnswer, minWarmRuns: 6 },
  {
    name: 'Exam answer save (POST /exams/sessions/:id/attempts)',
    origin,
    next: (_, c, nth) => {
      const l = data.learners[learnerOf(c)]
      const question = l.exam.questionIds[nth % l.exam.questionIds.length]
      return { method: 'POST', path: `/api/v1/exams/sessions/${l.exam.id}/attempts`, headers: auth(tokens[learnerOf(c)]), body: JSON.stringify({ ...data.answers.get(question), time_spent_sec: 20 }) }
    },
  },
  {
    name: 'Exam session read, 180 questions (GET /exams/sessions/:id)',
    origin,
    next: (_, c) => ({ method: 'GET', path: `/api/v1/exams/sessions/${data.learners[learnerOf(c)].exam.id}`, headers: auth(tokens[learnerOf(c)]) }),
  },
  { name: 'Dashboard, learner with 100 answers (GET /dashboard)', origin, next: () => ({ method: 'GET', path: '/api/v1/dashboard', headers: auth(small) }) },
  { name: 'Dashboard, learner with 100,000 answers (GET /dashboard)', origin, next: () => ({ method: 'GET', path: '/api/v1/dashboard', headers: auth(large) }) },
])
const submit = (sittings: (l: (typeof data.learners)[number]) => number[]): NextRequest => (_, c, nth) => {
  const l = data.learners[learnerOf(c)]
  const list = sittings(l)
  return { method: 'POST', path: `/api/v1/exams/sessions/${list[nth % list.length]}/submit`, headers: auth(tokens[learnerOf(c)]), body: '{}' }
}
results.push(
  await measureAmount('Exam submit, 180 answers (POST /exams/sessions/:id/submit)', origin, submit((l) => l.toSubmit), LEARNERS * SUBMIT_ROUNDS, {
    next: submit((l) => l.toWarm),
    amount: LEARNERS * SUBMIT_WARMUP_ROUNDS,
  }),
)
const http = await measureUpkeepOverHttp(practiceAnswer, poolOf(payload), data.learners.map((l) => l.user.id))
const upkeep = { ...(await measureUpkeep(payload, config, data, tokens)), http }

console.log('bench: importing 10,000 questions from GIFT and from CSV…')
const imports = await benchQuestionImport(payload)
await writeReport(results, imports, upkeep)
process.exit(0)
