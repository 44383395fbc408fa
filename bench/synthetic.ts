import type { Payload } from 'payload'

import { inTransaction } from '../src/db/sql'
import { saveExamAnswers, startExam } from '../src/engine/exams'
import { type EngineUser, startPractice } from '../src/engine/practice'
import { textToLexical } from '../src/questions/lexical'
import { answerFor } from '../seed/answers'
import { DEMO_PASSWORD } from '../seed/users'

export const LEARNERS = 16
export const PAPER_SIZE = 180
/** Sessions to submit in the submit benchmark: LEARNERS × SUBMIT_ROUNDS (each round is its own paper). */
export const SUBMIT_ROUNDS = 8
/** Sessions submitted, unrecorded, before those: LEARNERS × SUBMIT_WARMUP_ROUNDS, so the measured submits meet a warm app. */
export const SUBMIT_WARMUP_ROUNDS = 4

export type Learner = { email: string; user: EngineUser; practice: { id: number; questionIds: number[] }; exam: { id: number; questionIds: number[] }; toWarm: number[]; toSubmit: number[] }
export type Synthetic = { learners: Learner[]; answers: Map<number, Record<string, unknown>>; editorEmail: string }

/** The body of learner `l`'s `nth` practice answer: its session's questions in turn, each answered as the synthetic key says, 20 s spent. */
export function practiceBody(data: Synthetic, l: number, nth: number): Record<string, unknown> {
  const { practice } = data.learners[l]
  const question = practice.questionIds[nth % practice.questionIds.length]
  return { ...data.answers.get(question), question_id: question, time_spent_sec: 20 }
}

const one = async <T>(p: Promise<{ docs: T[] }>) => (await p).docs[0]

/**
 * The benchmark's data, made through the same code the app uses: a 200-question bank category, 16
 * learners of the academy each with an open practice session and an open 180-question exam, and
 * 180-answer exam sessions ready to submit.
 */
export async function createSynthetic(payload: Payload): Promise<Synthetic> {
  const academy = (await one(payload.find({ collection: 'institutions', where: { slug: { equals: 'royal-surgical-academy' } }, limit: 1, overrideAccess: true })))!.id
  const category =
    (await one(payload.find({ collection: 'categories', where: { slug: { equals: 'benchmark' } }, limit: 1, overrideAccess: true }))) ??
    (await payload.create({ collection: 'categories', data: { name: 'Benchmark', slug: 'benchmark', order: 99 }, overrideAccess: true }))
  const questionIds: number[] = []
  for (let i = 0; i < 200; i++) {
    const q = await payload.create({
      collection: 'questions',
      overrideAccess: true,
      depth: 0,
      data: {
        type: 'sba',
        stem: textToLexical(`Benchmark question ${i + 1}: which option is keyed?`),
        options: ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].map((text, o) => ({ text, isCorrect: o === i % 5 })),
        explanation: textToLexical(`Option ${(i % 5) + 1} is keyed for benchmark question ${i + 1}.`),
        category: category.id,
        difficulty: (i % 5) + 1,
        institution: academy,
        _status: 'published',
      },
    })
    questionIds.push(q.id)
  }
  const answers = new Map<number, Record<string, unknown>>()
  for (const id of questionIds) answers.set(id, await answerFor(payload, id, id % 3 !== 0))

  const paper = (name: string) =>
    payload.create({ collection: 'exam-templates', overrideAccess: true, data: { name, paper: 'Benchmark', durationMinutes: 180, selection: 'fixed', questions: questionIds.slice(0, PAPER_SIZE), institution: academy, active: true, reviewPolicy: 'immediate', scoring: { mode: 'all-or-nothing' } } })
  const savePaper = await paper('Benchmark paper (answer saving)')
  const submitPapers = []
  for (let r = 0; r < SUBMIT_WARMUP_ROUNDS + SUBMIT_ROUNDS; r++) submitPapers.push(await paper(`Benchmark paper (submit ${r + 1})`))

  const learners: Learner[] = []
  for (let n = 0; n < LEARNERS; n++) {
    const email = `bench-learner-${n + 1}@practica.test`
    const created = await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: { email, name: `Bench learner ${n + 1}`, password: DEMO_PASSWORD, _verified: true, roles: [], memberships: [{ institution: academy, roles: ['learner'] }] },
    })
    const user = (await payload.findByID({ collection: 'users', id: created.id, depth: 0, overrideAccess: true })) as unknown as EngineUser
    const practice = await inTransaction(payload, (tx) =>
      startPractice(payload, tx, user, { mode: 'standard', categories: ['benchmark'], subcategories: [], question_count: 50, include_explanations: true, unseen_first: false, incorrect_only: false, flagged_only: false }),
    )
    const exam = await inTransaction(payload, (tx) => startExam(payload, tx, user, savePaper.id))
    const sittings: number[] = []
    for (const t of submitPapers) {
      const s = await inTransaction(payload, (tx) => startExam(payload, tx, user, t.id))
      const id = (s.body as { id: number }).id
      await inTransaction(payload, (tx) => saveExamAnswers(payload, tx, user, id, questionIds.slice(0, PAPER_SIZE).map((q) => answers.get(q) as never)))
      sittings.push(id)
    }
    learners.push({
      email,
      user,
      practice: { id: (practice.body as { id: number }).id, questionIds: (practice.body as { question_ids: number[] }).question_ids },
      exam: { id: (exam.body as { id: number }).id, questionIds: questionIds.slice(0, PAPER_SIZE) },
      toWarm: sittings.slice(0, SUBMIT_WARMUP_ROUNDS),
      toSubmit: sittings.slice(SUBMIT_WARMUP_ROUNDS),
    })
  }
  return { learners, answers, editorEmail: 'editor@practica.test' }
}
