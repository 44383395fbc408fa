import type { Payload } from 'payload'

import type { ExamTemplate } from '../src/payload-types'
import { seedQuestionsByCategory } from './questions'

type TemplateData = Omit<ExamTemplate, 'id' | 'createdAt' | 'updatedAt'>

/** Question ids of seed questions, by their seed keys' prefixes (e.g. 'uro-'). */
async function seedQuestionIds(payload: Payload, prefixes: string[]): Promise<number[]> {
  const found = await payload.find({
    collection: 'questions',
    where: { or: prefixes.map((prefix) => ({ externalId: { like: `seed:${prefix}` } })) },
    sort: 'externalId',
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { externalId: true },
  })
  return found.docs.filter((d) => prefixes.some((p) => d.externalId?.startsWith(`seed:${p}`))).map((d) => d.id)
}

/** Three papers of the Royal Surgical Academy: a blueprint mock over every category, a fixed paper with certainty-based marking, a short quiz. */
export async function seedExamTemplates(payload: Payload, owner: { institution: number; categories: Map<string, { id: number }> }): Promise<number> {
  const blueprint = Object.entries(seedQuestionsByCategory)
    .filter(([, questions]) => questions.length >= 2)
    .map(([name]) => ({ category: owner.categories.get(name)!.id, count: 2 }))
  const templates: TemplateData[] = [
    {
      name: 'Mock Exam A, Paper 1',
      paper: 'Paper 1',
      description: 'Two questions from every category, drawn afresh for each sitting. Answers and explanations are released as soon as you submit.',
      durationMinutes: 75,
      selection: 'blueprint',
      blueprint,
      attemptLimit: 3,
      passMark: 60,
      shuffleQuestions: true,
      shuffleOptions: true,
      reviewPolicy: 'immediate',
      scoring: { mode: 'partial', negativeMarking: 0, certaintyBased: false },
      active: true,
      institution: owner.institution,
    },
    {
      name: 'Mock Exam A, Paper 2',
      paper: 'Paper 2',
      description: 'Urology and orthopaedics with certainty-based marking: state how sure you are of each answer (Moodle CBM: 1/2/3 if right, 0/−2/−6 if wrong).',
      durationMinutes: 45,
      selection: 'fixed',
      questions: await seedQuestionIds(payload, ['uro-', 'ortho-']),
      attemptLimit: 0,
      passMark: 50,
      shuffleQuestions: false,
      shuffleOptions: false,
      reviewPolicy: 'immediate',
      scoring: { mode: 'all-or-nothing', negativeMarking: 0, certaintyBased: true },
      active: true,
      institution: owner.institution,
    },
    {
      name: 'Quick quiz: transplantation',
      paper: 'Quiz',
      description: 'Twelve questions in fifteen minutes, every question type.',
      durationMinutes: 15,
      selection: 'fixed',
      questions: await seedQuestionIds(payload, ['tx-']),
      attemptLimit: 0,
      passMark: 50,
      shuffleQuestions: true,
      shuffleOptions: true,
      reviewPolicy: 'immediate',
      scoring: { mode: 'partial', negativeMarking: 0.25, certaintyBased: false },
      active: true,
      institution: owner.institution,
    },
  ]
  for (const data of templates) {
    const existing = await payload.find({ collection: 'exam-templates', where: { name: { equals: data.name } }, limit: 1, depth: 0, overrideAccess: true })
    // Created once: an examiner's later edits are theirs to keep.
    if (!existing.docs[0]) await payload.create({ collection: 'exam-templates', data, depth: 0, overrideAccess: true })
  }
  return templates.length
}
