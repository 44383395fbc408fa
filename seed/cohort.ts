import type { Payload } from 'payload'

import { inTransaction } from '../src/db/sql'
import type { AnswerInput } from '../src/engine/answers'
import { saveExamAnswers, startExam, submitExam } from '../src/engine/exams'
import { answerPractice, completePractice, type EngineUser, startPractice } from '../src/engine/practice'
import { answerFor } from './answers'
import { DEMO_PASSWORD } from './users'

/** A class of academy learners of different strengths, so cohort views, item statistics and peer ranks have something to show. */
export const cohortLearners = [
  { email: 'cohort-1@practica.test', name: 'Olu Adeyemi', ability: 0.9 },
  { email: 'cohort-2@practica.test', name: 'Hannah Weiss', ability: 0.8 },
  { email: 'cohort-3@practica.test', name: 'Marco Rossi', ability: 0.7 },
  { email: 'cohort-4@practica.test', name: 'Grace Lee', ability: 0.62 },
  { email: 'cohort-5@practica.test', name: 'Tom Fletcher', ability: 0.55 },
  { email: 'cohort-6@practica.test', name: 'Zara Ahmed', ability: 0.45 },
  { email: 'cohort-7@practica.test', name: 'Ben Carter', ability: 0.35 },
]

/** Whether a learner of `ability` gets question `q` right: a fixed draw per learner and question, so the seed is reproducible. */
function gets(ability: number, learner: number, q: number): boolean {
  const x = Math.sin(learner * 7919 + q * 104729) * 10_000
  return x - Math.floor(x) < ability
}

/**
 * Each cohort learner practises two categories and sits "Mock Exam A, Paper 1", through the engine
 * (so aggregates, statistics and events see real use). Only for learners not yet created.
 */
export async function seedCohort(payload: Payload, academy: number): Promise<number> {
  const template = (await payload.find({ collection: 'exam-templates', where: { name: { equals: 'Mock Exam A, Paper 1' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  let made = 0
  for (const [n, c] of cohortLearners.entries()) {
    const existing = await payload.count({ collection: 'users', where: { email: { equals: c.email } }, overrideAccess: true })
    if (existing.totalDocs) continue
    const created = await payload.create({
      collection: 'users',
      data: { email: c.email, name: c.name, password: DEMO_PASSWORD, _verified: true, timezone: 'Europe/London', roles: [], memberships: [{ institution: academy, roles: ['learner'] }] },
      disableVerificationEmail: true,
      overrideAccess: true,
    })
    const user = (await payload.findByID({ collection: 'users', id: created.id, depth: 0, overrideAccess: true })) as unknown as EngineUser
    const plan = { categories: [['general-surgery', 'urology'], ['orthopaedic-surgery', 'vascular-surgery']][n % 2], question_count: 12 }
    const started = await inTransaction(payload, (tx) => startPractice(payload, tx, user, { ...plan, mode: 'standard', subcategories: [], include_explanations: true, unseen_first: false, incorrect_only: false, flagged_only: false, seed: `cohort-${n}` }))
    const session = started.body as { id: number; question_ids: number[] }
    for (const q of session.question_ids) {
      const answer = { ...(await answerFor(payload, q, gets(c.ability, n, q))), time_spent_sec: 45 + ((q * 13) % 60) }
      await inTransaction(payload, (tx) => answerPractice(payload, tx, user, session.id, answer))
    }
    await inTransaction(payload, (tx) => completePractice(payload, tx, user, session.id))
    if (template) {
      const exam = (await inTransaction(payload, (tx) => startExam(payload, tx, user, template.id))).body as { id: number; questions: { id: number }[] }
      const answers: AnswerInput[] = []
      for (const q of exam.questions) answers.push({ ...(await answerFor(payload, q.id, gets(c.ability, n, q.id))), time_spent_sec: 50 })
      await inTransaction(payload, (tx) => saveExamAnswers(payload, tx, user, exam.id, answers))
      await inTransaction(payload, (tx) => submitExam(payload, tx, user, exam.id))
    }
    made++
  }
  return made
}
