import type { Payload } from 'payload'

import { prepared } from '@/db/prepared'
import { inTransaction, poolOf, type Tx } from '@/db/sql'
import { emit } from '@/events'
import { gradeResponse } from '@/grading'
import { RequestError } from '@/lib/errors'
import { type AnswerInput, AnswerProblem, checkAnswer, storedAnswer } from './answers'
import { ownSessionRow } from './ownSession'
import { drawPaper, loadTemplate } from './paper'
import type { EngineUser } from './practice'
import { availability, type ExamPolicy, percentOf, reviewState } from './policy'
import { orderOptions } from './questionContent'
import { publishedVersions, versionContents } from './questionVersions'
import { writeResponse } from './responses'
import { newSeed, seededShuffle } from './selection'

type Outcome = { status: number; body: unknown }

type ExamRow = {
  id: number
  user_id: number
  institution_id: number | null
  template_id: number
  attempt_number: number
  status: 'open' | 'submitted'
  seed: string
  question_ids: number[]
  question_versions: number[]
  option_order: Record<string, string[]> | null
  policy: ExamPolicy
  question_count: number
  answered: number
  correct: number
  score: number
  max_score: number
  score_percent: number | null
  passed: boolean | null
  time_spent_sec: number
  duration_sec: number | null
  started_at: Date
  deadline: Date
  submitted_at: Date | null
  auto_submitted: boolean
  /** Computed by the query: the database clock decides. */
  overdue: boolean
  now: Date
}

const COLUMNS = `id, user_id, institution_id, template_id, attempt_number::int as attempt_number, status, seed, question_ids, question_versions, option_order, policy,
  question_count::int as question_count, answered::int as answered, correct::int as correct, score::float8 as score, max_score::float8 as max_score, score_percent::float8 as score_percent, passed,
  time_spent_sec::int as time_spent_sec, duration_sec::int as duration_sec, started_at, deadline, submitted_at, auto_submitted,
  (status = 'open' and now() > deadline) as overdue, now() as now`

const remainingSec = (s: ExamRow) => (s.status === 'open' ? Math.max(0, Math.floor((s.deadline.getTime() - s.now.getTime()) / 1000)) : 0)

function result(s: ExamRow) {
  return {
    id: s.id,
    template: { id: s.template_id, name: s.policy.name, paper: s.policy.paper },
    status: s.status,
    attempt_number: s.attempt_number,
    total: s.question_count,
    answered: s.answered,
    correct: s.correct,
    score: s.score,
    max_score: s.max_score,
    score_percent: s.score_percent,
    passed: s.passed,
    pass_mark: s.policy.passMark,
    time_spent_sec: s.time_spent_sec,
    duration_sec: s.duration_sec,
    started_at: s.started_at,
    deadline: s.deadline,
    submitted_at: s.submitted_at,
    auto_submitted: s.auto_submitted,
  }
}

const ownSession = (db: Pick<Tx, 'query'>, user: EngineUser, id: number, lock: boolean) => ownSessionRow<ExamRow>(db, 'exam_sessions', COLUMNS, user.id, id, lock)

/**
 * Locks the session and scores it from its saved responses. `auto`: the server submits at the deadline
 * with what was saved. Emits `exam.submitted` in the same transaction.
 */
async function finalize(payload: Payload, tx: Tx, s: ExamRow, auto: boolean): Promise<ExamRow> {
  await tx.query(
    prepared(
      `with totals as (
         select count(*) filter (where answered)::int as answered, count(*) filter (where is_correct)::int as correct,
                coalesce(sum(score), 0)::float8 as score, coalesce(sum(time_spent_sec), 0)::int as time_spent_sec
           from responses where exam_session_id = $1),
       clock as (select case when $2 then least(now(), e.deadline) else now() end as at from exam_sessions e where e.id = $1)
       update exam_sessions e set status = 'submitted', auto_submitted = $2, updated_at = now(), submitted_at = c.at,
         answered = t.answered, correct = t.correct, score = t.score, time_spent_sec = t.time_spent_sec,
         duration_sec = greatest(0, extract(epoch from c.at - e.started_at))::int,
         score_percent = case when e.max_score > 0 then round((greatest(0, t.score) * 100.0 / e.max_score)::numeric, 2) else 0 end,
         passed = case when $3::numeric is null then null
                       else (case when e.max_score > 0 then greatest(0, t.score) * 100.0 / e.max_score else 0 end) >= $3::numeric end
       from totals t, clock c where e.id = $1`,
      [s.id, auto, s.policy.passMark],
    ),
  )
  const { rows } = await tx.query<ExamRow>(prepared(`select ${COLUMNS} from exam_sessions where id = $1`, [s.id]))
  const done = rows[0]
  await emit(payload, tx, 'exam.submitted', {
    sessionId: done.id,
    userId: done.user_id,
    institutionId: done.institution_id,
    templateId: done.template_id,
    questionCount: done.question_count,
    answered: done.answered,
    correct: done.correct,
    scorePercent: done.score_percent ?? 0,
    timeSpentSec: done.time_spent_sec,
    completedAt: done.submitted_at!,
    passed: done.passed,
    autoSubmitted: auto,
  })
  return done
}

/** A session past its deadline is submitted with what was saved, in its own transaction; returns it fresh. */
async function settle(payload: Payload, user: EngineUser, s: ExamRow): Promise<ExamRow> {
  if (!s.overdue) return s
  return inTransaction(payload, async (tx) => {
    const locked = await ownSession(tx, user, s.id, true)
    return locked.overdue ? finalize(payload, tx, locked, true) : locked
  })
}

/** GET /exams/templates: active papers open to the learner, with their attempts so far, the sitting to resume and whether one can start now. */
export async function listTemplates(payload: Payload, user: EngineUser) {
  const found = await payload.find({ collection: 'exam-templates', where: { active: { equals: true } }, depth: 0, pagination: false, overrideAccess: false, user, sort: 'name' })
  const { rows } = await poolOf(payload).query<{ template_id: number; n: number; open_id: number | null; open_deadline: Date | null; now: Date }>(
    `select template_id, count(*)::int as n, max(id) filter (where status = 'open' and deadline > now()) as open_id,
            max(deadline) filter (where status = 'open' and deadline > now()) as open_deadline, now() as now
       from exam_sessions where user_id = $1 group by template_id`,
    [user.id],
  )
  const byTemplate = new Map(rows.map((r) => [r.template_id, r]))
  const now = rows[0]?.now ?? (await poolOf(payload).query<{ now: Date }>('select now() as now')).rows[0].now
  return found.docs.map((t) => {
    const mine = byTemplate.get(t.id)
    const openId = mine?.open_id ?? null
    return {
      id: t.id,
      name: t.name,
      paper: t.paper ?? null,
      duration_minutes: t.durationMinutes,
      total_questions: t.totalQuestions ?? 0,
      description: t.description ?? '',
      pass_mark: t.passMark ?? null,
      attempt_limit: t.attemptLimit || null,
      attempts_used: mine?.n ?? 0,
      available_from: t.availableFrom ?? null,
      available_until: t.availableUntil ?? null,
      review_policy: t.reviewPolicy,
      scoring: { mode: t.scoring?.mode ?? 'all-or-nothing', negative_marking: t.scoring?.negativeMarking ?? 0, certainty_based: Boolean(t.scoring?.certaintyBased) },
      open_session: openId === null ? null : { id: openId, deadline: mine?.open_deadline ?? null },
      ...availability(t, mine?.n ?? 0, openId, now),
    }
  })
}

/** POST /exams/sessions: resumes the open session, or starts one within the window and the attempt limit. */
export async function startExam(payload: Payload, tx: Tx, user: EngineUser, templateId: number): Promise<Outcome> {
  const template = await loadTemplate(payload, user, templateId)
  // One start at a time per learner and paper, so two clicks never open two sessions.
  const { rows: clock } = await tx.query<{ now: Date }>(`select now() as now, pg_advisory_xact_lock(hashtext('exam-start'), hashtext($1))`, [`${user.id}:${templateId}`])
  const now = clock[0].now
  const open = await tx.query<ExamRow>(`select ${COLUMNS} from exam_sessions where user_id = $1 and template_id = $2 and status = 'open' for update`, [user.id, templateId])
  for (const s of open.rows) {
    if (!s.overdue) return { status: 200, body: { ...(await sessionView(payload, tx, s)), resumed: true } }
    await finalize(payload, tx, s, true)
  }
  const { rows: counted } = await tx.query<{ n: number }>(`select count(*)::int as n from exam_sessions where user_id = $1 and template_id = $2`, [user.id, templateId])
  const attempts = counted[0].n
  const refusal = availability(template, attempts, null, now)
  if (!refusal.can_start) throw new RequestError(refusal.reason === 'no-attempts-left' ? 409 : 403, refusal.message!, 'template_id')
  const seed = newSeed()
  const drawn = await drawPaper(tx, template, seed)
  const versions = await publishedVersions(tx, drawn)
  const questionIds = drawn.filter((id) => versions.has(id))
  if (questionIds.length === 0) throw new RequestError(409, `${template.name} has no published questions; ask an examiner to fix the paper.`, 'template_id')
  const questionVersions = questionIds.map((id) => versions.get(id)!)
  const contents = await versionContents(payload, questionVersions)
  const policy: ExamPolicy = {
    name: template.name,
    paper: template.paper ?? null,
    durationMinutes: template.durationMinutes,
    passMark: template.passMark ?? null,
    reviewPolicy: template.reviewPolicy ?? 'immediate',
    availableUntil: template.availableUntil ?? null,
    scoring: { mode: template.scoring?.mode ?? 'all-or-nothing', negativeMarking: template.scoring?.negativeMarking ?? 0, certaintyBased: Boolean(template.scoring?.certaintyBased) },
  }
  const optionOrder = template.shuffleOptions
    ? Object.fromEntries(contents.filter((c) => c.view.options && c.key.type !== 'true-false').map((c) => [c.questionId, seededShuffle(c.optionIds, `${seed}:${c.questionId}`)]))
    : null
  const maxScore = contents.reduce((sum, c) => sum + gradeResponse(c.key, {}, policy.scoring).maxScore, 0)
  const institutionId = typeof template.institution === 'object' ? (template.institution?.id ?? null) : (template.institution ?? null)
  const { rows } = await tx.query<ExamRow>(
    `insert into exam_sessions (user_id, institution_id, template_id, attempt_number, status, seed, question_ids, question_versions, option_order, policy,
       question_count, max_score, started_at, deadline)
     values ($1, $2, $3, $4, 'open', $5, $6, $7, $8, $9, $10, $11, now(),
       case when $13::timestamptz is null then now() + make_interval(mins => $12) else least(now() + make_interval(mins => $12), $13::timestamptz) end)
     returning ${COLUMNS}`,
    [
      user.id,
      institutionId,
      templateId,
      attempts + 1,
      seed,
      JSON.stringify(questionIds),
      JSON.stringify(questionVersions),
      optionOrder ? JSON.stringify(optionOrder) : null,
      JSON.stringify(policy),
      questionIds.length,
      maxScore,
      template.durationMinutes,
      template.availableUntil ?? null,
    ],
  )
  await emit(payload, tx, 'session.started', { sessionKind: 'exam', sessionId: rows[0].id, userId: user.id, institutionId, templateId, questionCount: questionIds.length, startedAt: new Date() })
  return { status: 201, body: { ...(await sessionView(payload, tx, rows[0])), resumed: false } }
}

type SavedRow = { question_id: number; response: unknown; answered: boolean; flagged: boolean; confidence: string | null; answered_at: Date | null }

async function sessionView(payload: Payload, db: Pick<Tx, 'query'>, s: ExamRow) {
  const contents = await versionContents(payload, s.question_versions)
  const { rows } = await db.query<SavedRow>(
    prepared(
      `select question_id, response, answered, flagged, confidence, answered_at from responses where exam_session_id = $1 order by question_id`,
      [s.id],
    ),
  )
  return {
    ...result(s),
    answered: s.status === 'open' ? rows.filter((r) => r.answered).length : s.answered,
    server_time: s.now,
    remaining_sec: remainingSec(s),
    duration_minutes: s.policy.durationMinutes,
    certainty_based: Boolean(s.policy.scoring.certaintyBased),
    questions: contents.map((c, i) => ({ position: i + 1, ...orderOptions(c.view, s.option_order?.[c.questionId]) })),
    answers: rows.filter((r) => r.response != null).map((r) => ({ question_id: r.question_id, ...storedAnswer(r.response), confidence: r.confidence, saved_at: r.answered_at })),
    flagged: rows.filter((r) => r.flagged).map((r) => r.question_id),
  }
}

/** GET /exams/sessions/{id}: ordered questions without keys, the server deadline, saved answers and flags. */
export async function getExam(payload: Payload, user: EngineUser, id: number) {
  const pool = poolOf(payload)
  const session = await settle(payload, user, await ownSession(pool, user, id, false))
  return sessionView(payload, pool, session)
}

/** POST /exams/sessions/{id}/attempts: saves one answer or a batch, changeable until submitted; all or nothing. */
export async function saveExamAnswers(payload: Payload, tx: Tx, user: EngineUser, id: number, answers: AnswerInput[]): Promise<Outcome> {
  const session = await ownSession(tx, user, id, true)
  if (session.status === 'submitted') throw new RequestError(409, `Exam session ${id} is already submitted; answers can no longer change.`)
  if (session.overdue) {
    // Submitted with what was saved before the deadline; this late answer is refused (and the submission kept).
    const done = await finalize(payload, tx, session, true)
    return {
      status: 409,
      body: { errors: [{ message: `The time for exam session ${id} ran out at ${session.deadline.toISOString()}; it was submitted with the answers saved before then.` }], result: result(done) },
    }
  }
  const seen = new Set<number>()
  const indexes = answers.map((a, i) => {
    const index = session.question_ids.indexOf(a.question_id)
    const path = answers.length > 1 ? `answers.${i}.question_id` : 'question_id'
    if (index < 0) throw new RequestError(400, `Question ${a.question_id} is not in exam session ${id}.`, path)
    if (seen.has(a.question_id)) throw new RequestError(400, `Question ${a.question_id} appears twice in one request.`, path)
    seen.add(a.question_id)
    return index
  })
  const contents = await versionContents(payload, indexes.map((i) => session.question_versions[i]))
  const checked = answers.map((a, i) => {
    try {
      const c = checkAnswer(contents[i], a, answers.length > 1 ? `answers.${i}` : '')
      if (!c.response && a.flagged === undefined) throw new AnswerProblem(`Send an answer or a flag for question ${a.question_id}.`, answers.length > 1 ? `answers.${i}` : 'question_id')
      return c
    } catch (error) {
      if (error instanceof AnswerProblem) throw new RequestError(400, error.message, error.path)
      throw error
    }
  })
  for (const [i, a] of answers.entries()) {
    const c = checked[i]
    await writeResponse(payload, tx, {
      kind: 'exam',
      sessionId: id,
      userId: user.id,
      institutionId: session.institution_id,
      content: contents[i],
      checked: c,
      grade: c.response ? gradeResponse(contents[i].key, c.response, session.policy.scoring) : null,
      timeSpentSec: a.time_spent_sec ?? 0,
      flagged: a.flagged,
    })
  }
  const { rows } = await tx.query<{ answered: number; flagged: number[] }>(
    prepared(
      `select count(*) filter (where answered)::int as answered, coalesce(array_agg(question_id order by question_id) filter (where flagged), '{}') as flagged
         from responses where exam_session_id = $1`,
      [id],
    ),
  )
  return { status: 200, body: { saved: answers.length, answered: rows[0].answered, total: session.question_count, flagged: rows[0].flagged, remaining_sec: remainingSec(session) } }
}

/** POST /exams/sessions/{id}/submit: scores and locks the session; a second submit returns the same result. */
export async function submitExam(payload: Payload, tx: Tx, user: EngineUser, id: number): Promise<Outcome> {
  const session = await ownSession(tx, user, id, true)
  if (session.status === 'submitted') return { status: 200, body: result(session) }
  return { status: 200, body: result(await finalize(payload, tx, session, session.overdue)) }
}

/** GET /exams/sessions: the learner's sittings, newest first, with scores and durations. */
export async function listExams(payload: Payload, user: EngineUser, page: { limit: number; page: number }) {
  const pool = poolOf(payload)
  const { rows: overdue } = await pool.query<ExamRow>(`select ${COLUMNS} from exam_sessions where user_id = $1 and status = 'open' and now() > deadline`, [user.id])
  for (const s of overdue) await settle(payload, user, s)
  const [{ rows }, count] = await Promise.all([
    pool.query<ExamRow>(`select ${COLUMNS} from exam_sessions where user_id = $1 order by started_at desc, id desc limit $2 offset $3`, [user.id, page.limit, (page.page - 1) * page.limit]),
    pool.query<{ n: number }>(`select count(*)::int as n from exam_sessions where user_id = $1`, [user.id]),
  ])
  const total = count.rows[0].n
  return { docs: rows.map((s) => ({ ...result(s), remaining_sec: remainingSec(s) })), totalDocs: total, page: page.page, limit: page.limit, hasNextPage: page.page * page.limit < total }
}

/** GET /exams/sessions/{id}/review: questions, answers, keys and explanations, when the paper's review policy allows. */
export async function reviewExam(payload: Payload, user: EngineUser, id: number) {
  const pool = poolOf(payload)
  const session = await settle(payload, user, await ownSession(pool, user, id, false))
  const state = reviewState(session.policy, session.status === 'submitted', session.now)
  if (!state.open) throw new RequestError(session.status === 'submitted' ? 403 : 409, state.reason)
  const contents = await versionContents(payload, session.question_versions)
  const { rows } = await pool.query<SavedRow & { is_correct: boolean; score: number; max_score: number }>(
    `select question_id, response, answered, flagged, confidence, answered_at, is_correct, score::float8 as score, max_score::float8 as max_score
       from responses where exam_session_id = $1`,
    [id],
  )
  const byQuestion = new Map(rows.map((r) => [r.question_id, r]))
  return {
    ...result(session),
    attempts: contents.map((c, i) => {
      const r = byQuestion.get(c.questionId)
      return {
        position: i + 1,
        question_id: c.questionId,
        question: orderOptions(c.view, session.option_order?.[c.questionId]),
        ...storedAnswer(r?.response),
        selected_option_ids: storedAnswer(r?.response).selected_option_ids ?? [],
        confidence: r?.confidence ?? null,
        flagged: r?.flagged ?? false,
        answered: r?.answered ?? false,
        is_correct: r?.is_correct ?? false,
        score: r?.score ?? 0,
        max_score: gradeResponse(c.key, {}, session.policy.scoring).maxScore,
        ...c.reveal,
      }
    }),
  }
}

/** The scheduled sweep: submits every open session past its deadline with what was saved. Returns how many. */
export async function submitOverdueSessions(payload: Payload, limit = 500): Promise<number> {
  let done = 0
  await inTransaction(payload, async (tx) => {
    const { rows } = await tx.query<ExamRow>(
      `select ${COLUMNS} from exam_sessions where status = 'open' and deadline < now() order by deadline limit $1 for update skip locked`,
      [limit],
    )
    for (const s of rows) {
      await finalize(payload, tx, s, true)
      done++
    }
  })
  return done
}
