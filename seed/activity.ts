import type { Payload } from 'payload'

import { inTransaction } from '../src/db/sql'
import type { AnswerInput } from '../src/engine/answers'
import { answerFor } from './answers'
import { saveExamAnswers, startExam, submitExam } from '../src/engine/exams'
import { answerPractice, completePractice, type EngineUser, startPractice } from '../src/engine/practice'

/**
 * A learning history for learner@practica.test, made through the engine itself (so every aggregate
 * and event sees it as real use): two completed practice sessions and one submitted mock exam.
 * Only when the learner has no history yet.
 */
export async function seedLearnerActivity(payload: Payload, email: string): Promise<number> {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  const user = found.docs[0] as unknown as EngineUser | undefined
  if (!user) return 0
  const { totalDocs } = await payload.count({ collection: 'practice-sessions', where: { user: { equals: user.id } }, overrideAccess: true })
  if (totalDocs > 0) return 0

  const practice = [
    { categories: ['urology', 'orthopaedic-surgery'], question_count: 10, rightEvery: 3 },
    { categories: ['neurosurgery', 'transplantation'], question_count: 8, rightEvery: 2 },
  ]
  for (const [n, plan] of practice.entries()) {
    const started = await inTransaction(payload, (tx) => startPractice(payload, tx, user, { ...plan, mode: 'standard', include_explanations: true, unseen_first: false, incorrect_only: false, flagged_only: false, subcategories: [], seed: `demo-${n}` }))
    const session = started.body as { id: number; question_ids: number[] }
    for (const [i, questionId] of session.question_ids.entries()) {
      const right = i % plan.rightEvery !== 0
      await inTransaction(payload, async (tx) => answerPractice(payload, tx, user, session.id, { ...(await answerFor(payload, questionId, right)), time_spent_sec: 40 + ((i * 17) % 50) }))
    }
    await inTransaction(payload, (tx) => completePractice(payload, tx, user, session.id))
  }

  const template = await payload.find({ collection: 'exam-templates', where: { name: { equals: 'Mock Exam A, Paper 2' } }, limit: 1, depth: 0, overrideAccess: true })
  if (template.docs[0]) {
    const started = await inTransaction(payload, (tx) => startExam(payload, tx, user, template.docs[0].id))
    const exam = started.body as { id: number; questions: { id: number }[] }
    const answers: AnswerInput[] = []
    for (const [i, q] of exam.questions.entries()) answers.push({ ...(await answerFor(payload, q.id, i % 4 !== 0)), confidence: i % 3 === 0 ? ('high' as const) : ('medium' as const), time_spent_sec: 55 })
    await inTransaction(payload, (tx) => saveExamAnswers(payload, tx, user, exam.id, answers))
    await inTransaction(payload, (tx) => submitExam(payload, tx, user, exam.id))
  }
  return practice.length + template.docs.length
}
