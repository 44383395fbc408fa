import { prepared } from '@/db/prepared'
import type { Tx } from '@/db/sql'
import type { ExamSubmitted, ResponseGraded, SessionCompleted } from '@/events'
import { bktFold } from './mastery/bkt'
import type { ResolvedOptions } from './options'
import { type Confidence, entersQueue, type ReviewCard, ratingFor, ratingName, type Scheduler } from './review/schedule'

/** One answer the plugin learns from. */
export type Observation = { questionId: number; categoryId: number | null; topicId: number | null; correct: boolean; confidence: Confidence; at: Date }

/** Serialises the plugin's writes for one learner (two answers of one learner never interleave). */
const LOCK_NAMESPACE = 0x7265_63 // "rec"

/**
 * Folds answers into the learner's mastery (one BKT update per answer, per subcategory) and review
 * queue (FSRS), in the caller's transaction: one lock, two reads, two set-based writes.
 */
export async function observe(tx: Tx, userId: number, answers: Observation[], o: ResolvedOptions, schedule: Scheduler): Promise<void> {
  if (answers.length === 0) return
  await tx.query(prepared('select pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, userId]))
  await updateMastery(tx, userId, answers, o)
  await updateReviewQueue(tx, userId, answers, schedule)
}

async function updateMastery(tx: Tx, userId: number, answers: Observation[], o: ResolvedOptions) {
  const byTopic = new Map<number, { categoryId: number; answers: boolean[] }>()
  for (const a of answers) {
    if (a.topicId == null || a.categoryId == null) continue
    const entry = byTopic.get(a.topicId) ?? { categoryId: a.categoryId, answers: [] }
    entry.answers.push(a.correct)
    byTopic.set(a.topicId, entry)
  }
  if (byTopic.size === 0) return
  const topics = [...byTopic.keys()]
  const { rows } = await tx.query<{ topic_id: number; p_known: number }>(prepared(`select topic_id, p_known from rec_mastery where user_id = $1 and topic_id = any($2::int[])`, [userId, topics]))
  const known = new Map(rows.map((r) => [r.topic_id, r.p_known]))
  const next = topics.map((t) => {
    const entry = byTopic.get(t)!
    return { t, c: entry.categoryId, p: bktFold(known.get(t) ?? o.mastery.prior, entry.answers, o.mastery), n: entry.answers.length, k: entry.answers.filter(Boolean).length }
  })
  await tx.query(
    prepared(
      `insert into rec_mastery (user_id, topic_id, category_id, p_known, observations, correct, updated_at)
       select $1, t, c, p, n, k, now() from unnest($2::int[], $3::int[], $4::float8[], $5::int[], $6::int[]) as x(t, c, p, n, k)
       on conflict (user_id, topic_id) do update set p_known = excluded.p_known, category_id = excluded.category_id,
         observations = rec_mastery.observations + excluded.observations, correct = rec_mastery.correct + excluded.correct, updated_at = now()`,
      [userId, next.map((x) => x.t), next.map((x) => x.c), next.map((x) => x.p), next.map((x) => x.n), next.map((x) => x.k)],
    ),
  )
}

type CardRow = { question_id: number; due_at: Date; stability: number; difficulty: number; scheduled_days: number; learning_steps: number; reps: number; lapses: number; state: ReviewCard['state']; last_review: Date | null }

async function updateReviewQueue(tx: Tx, userId: number, answers: Observation[], schedule: Scheduler) {
  const questions = [...new Set(answers.map((a) => a.questionId))]
  const { rows } = await tx.query<CardRow>(
    prepared(
      `select question_id, due_at, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review
         from rec_review_items where user_id = $1 and question_id = any($2::int[])`,
      [userId, questions],
    ),
  )
  const cards = new Map<number, ReviewCard | null>(rows.map((r) => [r.question_id, { due: r.due_at, stability: r.stability, difficulty: r.difficulty, scheduledDays: r.scheduled_days, learningSteps: r.learning_steps, reps: r.reps, lapses: r.lapses, state: r.state, lastReview: r.last_review }]))
  const written = new Map<number, { card: ReviewCard; rating: string; categoryId: number | null }>()
  for (const a of [...answers].sort((x, y) => x.at.getTime() - y.at.getTime())) {
    const inQueue = cards.has(a.questionId)
    if (!inQueue && !entersQueue(a.correct, a.confidence)) continue
    const rating = ratingFor(a.correct, a.confidence)
    const card = schedule(cards.get(a.questionId) ?? null, rating, a.at)
    cards.set(a.questionId, card)
    written.set(a.questionId, { card, rating: ratingName(rating), categoryId: a.categoryId })
  }
  if (written.size === 0) return
  const items = [...written.entries()]
  const col = <T>(f: (w: { card: ReviewCard; rating: string; categoryId: number | null }) => T) => items.map(([, w]) => f(w))
  await tx.query(
    prepared(
      `insert into rec_review_items (user_id, question_id, category_id, due_at, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, last_rating)
       select $1, q, c, d, s, df, sd, ls, r, l, st, lr, rt
         from unnest($2::int[], $3::int[], $4::timestamptz[], $5::float8[], $6::float8[], $7::int[], $8::int[], $9::int[], $10::int[], $11::text[], $12::timestamptz[], $13::text[])
           as x(q, c, d, s, df, sd, ls, r, l, st, lr, rt)
       on conflict (user_id, question_id) do update set category_id = excluded.category_id, due_at = excluded.due_at, stability = excluded.stability,
         difficulty = excluded.difficulty, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, reps = excluded.reps,
         lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review, last_rating = excluded.last_rating`,
      [
        userId,
        items.map(([q]) => q),
        col((w) => w.categoryId),
        col((w) => w.card.due),
        col((w) => w.card.stability),
        col((w) => w.card.difficulty),
        col((w) => w.card.scheduledDays),
        col((w) => w.card.learningSteps),
        col((w) => w.card.reps),
        col((w) => w.card.lapses),
        col((w) => w.card.state),
        col((w) => w.card.lastReview),
        col((w) => w.rating),
      ],
    ),
  )
}

const observation = (e: ResponseGraded): Observation => ({
  questionId: e.questionId,
  categoryId: e.categoryId,
  topicId: e.subcategoryId ?? e.categoryId,
  correct: e.isCorrect,
  confidence: e.confidence,
  at: e.answeredAt ?? new Date(),
})

/**
 * Practice: the first answer to a question in a session is the observation (the learner sees the key
 * after it, so a changed answer says nothing new). Exam answers wait for the submission.
 */
export async function onPracticeAnswer(e: ResponseGraded, tx: Tx, o: ResolvedOptions, schedule: Scheduler) {
  if (e.sessionKind !== 'practice' || !e.answered || e.previous?.answered) return
  await observe(tx, e.userId, [observation(e)], o, schedule)
}

/** Exams: the final answers of a submitted sitting, in the order they were given. */
export async function onExamSubmitted(e: ExamSubmitted, tx: Tx, o: ResolvedOptions, schedule: Scheduler) {
  const { rows } = await tx.query<{ question_id: number; category_id: number | null; subcategory_id: number | null; is_correct: boolean; confidence: Confidence; answered_at: Date }>(
    prepared(
      `select question_id, category_id, subcategory_id, is_correct, confidence, answered_at from responses
        where exam_session_id = $1 and answered and question_id is not null order by answered_at, id`,
      [e.sessionId],
    ),
  )
  const answers = rows.map((r) => ({ questionId: r.question_id, categoryId: r.category_id, topicId: r.subcategory_id ?? r.category_id, correct: r.is_correct, confidence: r.confidence, at: r.answered_at }))
  await observe(tx, e.userId, answers, o, schedule)
  await queueRecompute(tx, e.userId)
}

/** After a session, the learner's suggestions are recomputed by the job (not inside the learner's request). */
export async function queueRecompute(tx: Pick<Tx, 'query'>, userId: number) {
  await tx.query(`insert into rec_learners (user_id, queued_at) values ($1, now()) on conflict (user_id) do update set queued_at = coalesce(rec_learners.queued_at, now())`, [userId])
}

export const onSessionCompleted = (e: SessionCompleted, tx: Tx) => queueRecompute(tx, e.userId)
