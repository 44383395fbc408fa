import type { Payload } from 'payload'

import { type AccessUser, institutionsWithRole } from '@/access'
import { poolOf, type Tx } from '@/db/sql'
import { emit } from '@/events'
import { practiceSource } from '@/extensions/practiceSources'
import { gradeResponse, type ScoringPolicy } from '@/grading'
import { RequestError } from '@/lib/errors'
import { type AnswerInput, checkAnswer, storedAnswer } from './answers'
import { candidateQuestions, learnerHistory, resolveCategories } from './bank'
import { ownSessionRow } from './ownSession'
import { percentOf } from './policy'
import type { QuestionContent } from './questionContent'
import { publishedVersions, versionContents } from './questionVersions'
import { writeResponse } from './responses'
import type { PracticeStartInput } from './schemas'
import { drawQuestions, newSeed } from './selection'

export type EngineUser = NonNullable<AccessUser> & { id: number }
type Outcome = { status: number; body: unknown }

/** Practice grades each answer with partial credit; `is_correct` means full credit. */
const PRACTICE_POLICY: ScoringPolicy = { mode: 'partial' }

type PracticeRow = {
  id: number
  user_id: number
  institution_id: number | null
  status: 'open' | 'completed'
  seed: string
  config: PracticeConfig
  question_ids: number[]
  question_versions: number[]
  question_count: number
  answered: number
  correct: number
  score: number
  max_score: number
  time_spent_sec: number
  score_percent: number | null
  started_at: Date
  completed_at: Date | null
}

export type PracticeConfig = Omit<PracticeStartInput, 'seed' | 'institution_id'> & { requested_count: number }

const SESSION_COLUMNS = `id, user_id, institution_id, status, seed, config, question_ids, question_versions, question_count::int as question_count,
  answered::int as answered, correct::int as correct,
  score::float8 as score, max_score::float8 as max_score, time_spent_sec::int as time_spent_sec, score_percent::float8 as score_percent, started_at, completed_at`

function summary(s: PracticeRow) {
  return {
    id: s.id,
    status: s.status,
    question_count: s.question_count,
    answered: s.answered,
    correct: s.correct,
    incorrect: s.answered - s.correct,
    score_percent: s.answered ? percentOf(s.correct, s.answered) : 0,
    time_spent_sec: s.time_spent_sec,
    categories: s.config.categories,
    started_at: s.started_at,
    completed_at: s.completed_at,
  }
}

const ownSession = (db: Pick<Tx, 'query'>, user: EngineUser, id: number, lock: boolean) =>
  ownSessionRow<PracticeRow>(db, 'practice_sessions', SESSION_COLUMNS, user.id, id, lock)

/** POST /practice/sessions: draws questions the learner can see, by the filters, with a stored seed. */
export async function startPractice(payload: Payload, tx: Tx, user: EngineUser, input: PracticeStartInput): Promise<Outcome> {
  const memberOf = institutionsWithRole(user).map(Number)
  if (input.institution_id && !memberOf.includes(input.institution_id)) throw new RequestError(403, `You are not a member of institution ${input.institution_id}.`, 'institution_id')
  const institutionId = input.institution_id ?? memberOf[0] ?? null
  const categories = await resolveCategories(tx, input.categories, input.subcategories)
  const review = input.mode === 'review' ? await dueForReview(payload, tx, user.id) : null
  const candidates = await candidateQuestions(tx, {
    institutions: memberOf,
    categoryIds: categories.categoryIds,
    subcategoryIds: categories.subcategoryIds,
    difficulties: input.difficulty === undefined ? null : [input.difficulty].flat(),
    onlyFor: input.incorrect_only || input.flagged_only ? { userId: user.id, incorrect: input.incorrect_only, flagged: input.flagged_only } : null,
    include: review?.questionIds ?? null,
  })
  if (candidates.length === 0) {
    if (review) throw new RequestError(422, `Nothing is due for review${review.nextDueAt ? `; the next question is due at ${review.nextDueAt.toISOString()}` : ''}.`)
    throw new RequestError(422, 'No published questions match these filters.')
  }
  const seed = input.seed ?? newSeed()
  const seen = input.unseen_first ? await learnerHistory(tx, user.id) : undefined
  const drawn = review ? inOrderOf(review.questionIds, candidates).slice(0, input.question_count) : drawQuestions(candidates, input.question_count, seed, seen)
  const versions = await publishedVersions(tx, drawn)
  const questionIds = drawn.filter((id) => versions.has(id))
  const { seed: _seed, institution_id: _institution, ...rest } = input
  const config: PracticeConfig = { ...rest, requested_count: input.question_count }
  const { rows } = await tx.query<PracticeRow>(
    `insert into practice_sessions (user_id, institution_id, status, seed, config, question_ids, question_versions, question_count, started_at)
     values ($1, $2, 'open', $3, $4, $5, $6, $7, now()) returning ${SESSION_COLUMNS}`,
    [user.id, institutionId, seed, JSON.stringify(config), JSON.stringify(questionIds), JSON.stringify(questionIds.map((id) => versions.get(id))), questionIds.length],
  )
  await emit(payload, tx, 'session.started', { sessionKind: 'practice', sessionId: rows[0].id, userId: user.id, institutionId, templateId: null, questionCount: questionIds.length, startedAt: rows[0].started_at })
  return { status: 201, body: await sessionDetail(payload, rows[0], []) }
}

/** The learner's questions due for review, most overdue first, from the plugin that serves review mode. */
async function dueForReview(payload: Payload, tx: Tx, userId: number) {
  const source = practiceSource(payload, 'review')
  if (!source) throw new RequestError(422, 'Review mode is not available: no review queue is installed (the recommendations plugin provides it).', 'mode')
  return source(payload, tx, userId)
}

/** `subset` in the order `order` gives. */
const inOrderOf = (order: number[], subset: number[]) => {
  const keep = new Set(subset)
  return order.filter((id) => keep.has(id))
}

type ResponseRow = { question_id: number; response: unknown; answered: boolean; is_correct: boolean; score: number; max_score: number; flagged: boolean; confidence: string | null; answered_at: Date | null }

async function sessionDetail(payload: Payload, s: PracticeRow, responses: ResponseRow[]) {
  const contents = await versionContents(payload, s.question_versions)
  const byQuestion = new Map(contents.map((c) => [c.questionId, c]))
  return {
    ...summary(s),
    seed: s.seed,
    question_ids: s.question_ids,
    config: s.config,
    questions: contents.map((c) => c.view),
    answers: responses.map((r) => ({
      question_id: r.question_id,
      ...storedAnswer(r.response),
      confidence: r.confidence,
      flagged: r.flagged,
      answered: r.answered,
      answered_at: r.answered_at,
      ...(r.answered ? feedback(byQuestion.get(r.question_id)!, r, s.config.include_explanations) : {}),
    })),
  }
}

/**
 * What an answered practice question reveals: the key always, the explanation when the session shows
 * explanations. A question only flagged (not answered) reveals nothing: the learner has yet to answer it.
 */
function feedback(content: QuestionContent, r: { is_correct: boolean; score: number; max_score: number }, includeExplanations: boolean) {
  const { explanation, explanation_rich, references, ...key } = content.reveal
  return {
    is_correct: r.is_correct,
    score: r.score,
    max_score: r.max_score,
    ...key,
    ...(includeExplanations ? { explanation, explanation_rich, references } : {}),
  }
}

/** GET /practice/sessions/{id} */
export async function getPractice(payload: Payload, user: EngineUser, id: number) {
  const pool = poolOf(payload)
  const session = await ownSession(pool, user, id, false)
  const { rows } = await pool.query<ResponseRow>(
    `select question_id, response, answered, is_correct, score::float8 as score, max_score::float8 as max_score, flagged, confidence, answered_at
       from responses where practice_session_id = $1 order by answered_at nulls last, id`,
    [id],
  )
  return sessionDetail(payload, session, rows)
}

/** POST /practice/sessions/{id}/attempts: grades one answer; a second answer to the same question replaces the first. */
export async function answerPractice(payload: Payload, tx: Tx, user: EngineUser, id: number, input: AnswerInput): Promise<Outcome> {
  const session = await ownSession(tx, user, id, true)
  if (session.status !== 'open') throw new RequestError(409, `Practice session ${id} is completed; start a new one to keep practising.`)
  const index = session.question_ids.indexOf(input.question_id)
  if (index < 0) throw new RequestError(400, `Question ${input.question_id} is not in practice session ${id}.`, 'question_id')
  const [content] = await versionContents(payload, [session.question_versions[index]])
  const checked = checkAnswer(content, input)
  if (!checked.response && input.flagged === undefined) throw new RequestError(400, 'Send an answer (or a flag) for the question.', 'selected_option_ids')
  const grade = checked.response ? gradeResponse(content.key, checked.response, PRACTICE_POLICY) : null
  const row = await writeResponse(payload, tx, {
    kind: 'practice',
    sessionId: id,
    userId: user.id,
    institutionId: session.institution_id,
    content,
    checked,
    grade,
    timeSpentSec: input.time_spent_sec ?? 0,
    flagged: input.flagged,
  })
  return {
    status: 200,
    body: { question_id: content.questionId, answered: row.answered, flagged: row.flagged, ...(row.answered ? feedback(content, row, session.config.include_explanations) : {}) },
  }
}

/** POST /practice/sessions/{id}/complete: closes the session; completing again returns the same summary. */
export async function completePractice(payload: Payload, tx: Tx, user: EngineUser, id: number): Promise<Outcome> {
  const session = await ownSession(tx, user, id, true)
  if (session.status === 'completed') return { status: 200, body: summary(session) }
  const { rows } = await tx.query<PracticeRow>(
    `update practice_sessions set status = 'completed', completed_at = now(), updated_at = now(),
       score_percent = case when answered > 0 then round(correct * 100.0 / answered, 2) else 0 end
     where id = $1 returning ${SESSION_COLUMNS}`,
    [id],
  )
  const done = summary(rows[0])
  await emit(payload, tx, 'session.completed', {
    sessionId: id,
    userId: user.id,
    institutionId: session.institution_id,
    questionCount: done.question_count,
    answered: done.answered,
    correct: done.correct,
    scorePercent: done.score_percent,
    timeSpentSec: done.time_spent_sec,
    completedAt: rows[0].completed_at!,
  })
  return { status: 200, body: done }
}

/** GET /practice/sessions: the learner's sessions, newest first. */
export async function listPractice(payload: Payload, user: EngineUser, page: { limit: number; page: number }) {
  const pool = poolOf(payload)
  const [{ rows }, count] = await Promise.all([
    pool.query<PracticeRow>(`select ${SESSION_COLUMNS} from practice_sessions where user_id = $1 order by started_at desc, id desc limit $2 offset $3`, [
      user.id,
      page.limit,
      (page.page - 1) * page.limit,
    ]),
    pool.query<{ n: number }>(`select count(*)::int as n from practice_sessions where user_id = $1`, [user.id]),
  ])
  const total = count.rows[0].n
  return { docs: rows.map(summary), totalDocs: total, page: page.page, limit: page.limit, hasNextPage: page.page * page.limit < total }
}

/** GET /practice/summary: the learner's practice per category (answered, correct, score, last practised). */
export async function practiceSummary(payload: Payload, user: EngineUser) {
  const { rows } = await poolOf(payload).query<{ slug: string; name: string; answered: number; correct: number; last: Date | null }>(
    `select c.slug, c.name, count(*) filter (where r.answered)::int as answered, count(*) filter (where r.is_correct)::int as correct, max(r.answered_at) as last
       from responses r join categories c on c.id = r.category_id
      where r.user_id = $1 and r.kind = 'practice'
      group by c.id, c.slug, c.name, c."order" order by c."order", c.name`,
    [user.id],
  )
  const categories = rows.map((r) => ({ slug: r.slug, name: r.name, answered: r.answered, correct: r.correct, score_percent: percentOf(r.correct, r.answered), last_practiced_at: r.last }))
  const answered = categories.reduce((n, c) => n + c.answered, 0)
  const correct = categories.reduce((n, c) => n + c.correct, 0)
  return { categories, totals: { answered, correct, incorrect: answered - correct, score_percent: percentOf(correct, answered) } }
}
