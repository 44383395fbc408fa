import { z } from 'zod'

import * as exams from '@/engine/exams'
import * as practice from '@/engine/practice'
import { examAnswersInput, examStartInput, pageInput, practiceAnswerInput, practiceStartInput } from '@/engine/schemas'
import { RATE_RULES } from '@/security/rateLimits'
import { engineGet, enginePost } from './handler'

const { answers, sessionStarts: starts } = RATE_RULES

const nothing = z.object({}).strict()

/** Practice mode and mock exams under /api/v1 (seed 000's contracts). Handlers are thin: parse, call the engine, answer. */
export const engineEndpoints = [
  enginePost('/practice/sessions', starts, practiceStartInput, ({ req, user, body }, tx) => practice.startPractice(req.payload, tx, user, body)),
  engineGet('/practice/sessions', pageInput, ({ req, user, body }) => practice.listPractice(req.payload, user, body as z.infer<typeof pageInput>)),
  engineGet('/practice/summary', null, ({ req, user }) => practice.practiceSummary(req.payload, user)),
  engineGet('/practice/sessions/:id', null, ({ req, user, id }) => practice.getPractice(req.payload, user, id)),
  enginePost('/practice/sessions/:id/attempts', answers, practiceAnswerInput, ({ req, user, id, body }, tx) => practice.answerPractice(req.payload, tx, user, id, body)),
  enginePost('/practice/sessions/:id/complete', answers, nothing, ({ req, user, id }, tx) => practice.completePractice(req.payload, tx, user, id)),

  engineGet('/exams/templates', null, ({ req, user }) => exams.listTemplates(req.payload, user)),
  enginePost('/exams/sessions', starts, examStartInput, ({ req, user, body }, tx) => exams.startExam(req.payload, tx, user, body.template_id)),
  engineGet('/exams/sessions', pageInput, ({ req, user, body }) => exams.listExams(req.payload, user, body as z.infer<typeof pageInput>)),
  engineGet('/exams/sessions/:id', null, ({ req, user, id }) => exams.getExam(req.payload, user, id)),
  enginePost('/exams/sessions/:id/attempts', answers, examAnswersInput, ({ req, user, id, body }, tx) => exams.saveExamAnswers(req.payload, tx, user, id, body)),
  enginePost('/exams/sessions/:id/submit', answers, nothing, ({ req, user, id }, tx) => exams.submitExam(req.payload, tx, user, id)),
  engineGet('/exams/sessions/:id/review', null, ({ req, user, id }) => exams.reviewExam(req.payload, user, id)),
]
