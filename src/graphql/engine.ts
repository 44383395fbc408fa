import type { GraphQLExtension, PayloadRequest } from 'payload'
import type * as GraphQLModule from 'graphql'
import { ZodError, type ZodType } from 'zod'

import type { Tx } from '@/db/sql'
import { AnswerProblem } from '@/engine/answers'
import * as exams from '@/engine/exams'
import { type Outcome, runIdempotent } from '@/engine/idempotency'
import * as practice from '@/engine/practice'
import { examAnswersInput, examStartInput, idParam, pageInput, practiceAnswerInput, practiceStartInput } from '@/engine/schemas'
import { RequestError } from '@/lib/errors'

type Args = Record<string, unknown>
type Context = { req: PayloadRequest }

/** The same engine and rules as REST, as GraphQL operations. Results and inputs are JSON in the REST shapes. */
function build(graphQL: typeof GraphQLModule) {
  const { GraphQLInt, GraphQLNonNull, GraphQLScalarType, GraphQLString } = graphQL
  const json = new GraphQLScalarType({ name: 'PracticaJSON', description: 'A JSON value in the shape of the matching REST endpoint.', serialize: (v) => v, parseValue: (v) => v, parseLiteral: (ast) => graphQL.valueFromASTUntyped(ast) })

  // Payload's GraphQL error handler reports an APIError's status and message (and masks anything else as a 500).
  const fail = (error: unknown): never => {
    if (error instanceof AnswerProblem) throw new RequestError(400, error.message, error.path)
    if (error instanceof ZodError) {
      const issue = error.issues[0]
      throw new RequestError(400, `${issue.path.join('.') || 'input'}: ${issue.message}`, issue.path.join('.'))
    }
    throw error
  }
  const userOf = (req: PayloadRequest) => {
    if (!req.user || req.user.collection !== 'users') throw new RequestError(403, 'Sign in to use practice and exams.')
    return req.user as unknown as practice.EngineUser
  }
  const id = (value: unknown) => {
    const parsed = idParam.safeParse(value)
    if (!parsed.success) throw new RequestError(404, `No session has the id "${String(value)}".`)
    return parsed.data
  }

  const query = (args: Record<string, unknown>, run: (req: PayloadRequest, user: practice.EngineUser, args: Args) => Promise<unknown>) => ({
    type: json,
    args,
    resolve: async (_: unknown, a: Args, { req }: Context) => {
      try {
        return await run(req, userOf(req), a)
      } catch (error) {
        return fail(error)
      }
    },
  })
  const mutation = <B>(
    name: string,
    args: Record<string, unknown>,
    input: (a: Args) => unknown,
    schema: ZodType<B>,
    run: (req: PayloadRequest, user: practice.EngineUser, a: Args, body: B, tx: Tx) => Promise<Outcome>,
  ) => ({
    type: json,
    args: { ...args, idempotencyKey: { type: GraphQLString } },
    resolve: async (_: unknown, a: Args, { req }: Context) => {
      try {
        const user = userOf(req)
        const raw = input(a)
        const body = schema.parse(raw)
        const outcome = await runIdempotent(
          req.payload,
          { userId: user.id, key: (a.idempotencyKey as string | undefined) ?? req.headers.get('idempotency-key'), route: `GRAPHQL ${name} ${JSON.stringify(a.sessionId ?? '')}`, body: raw },
          (tx) => run(req, user, a, body, tx),
        )
        if (outcome.status >= 400) throw new RequestError(outcome.status as 409, (outcome.body as { errors: { message: string }[] }).errors[0].message)
        return outcome.body
      } catch (error) {
        return fail(error)
      }
    },
  })

  const sessionArg = { sessionId: { type: new GraphQLNonNull(GraphQLInt) } }
  const pageArgs = { limit: { type: GraphQLInt }, page: { type: GraphQLInt } }
  const page = (a: Args) => pageInput.parse({ limit: a.limit ?? undefined, page: a.page ?? undefined })

  return {
    queries: {
      practiceSession: query(sessionArg, (req, user, a) => practice.getPractice(req.payload, user, id(a.sessionId))),
      practiceSessions: query(pageArgs, (req, user, a) => practice.listPractice(req.payload, user, page(a))),
      practiceSummary: query({}, (req, user) => practice.practiceSummary(req.payload, user)),
      examTemplates: query({}, (req, user) => exams.listTemplates(req.payload, user)),
      examSession: query(sessionArg, (req, user, a) => exams.getExam(req.payload, user, id(a.sessionId))),
      examSessions: query(pageArgs, (req, user, a) => exams.listExams(req.payload, user, page(a))),
      examReview: query(sessionArg, (req, user, a) => exams.reviewExam(req.payload, user, id(a.sessionId))),
    },
    mutations: {
      startPractice: mutation('startPractice', { input: { type: json } }, (a) => a.input ?? {}, practiceStartInput, (req, user, _a, body, tx) => practice.startPractice(req.payload, tx, user, body)),
      answerPractice: mutation('answerPractice', { ...sessionArg, answer: { type: new GraphQLNonNull(json) } }, (a) => a.answer, practiceAnswerInput, (req, user, a, body, tx) =>
        practice.answerPractice(req.payload, tx, user, id(a.sessionId), body),
      ),
      completePractice: mutation('completePractice', sessionArg, () => ({}), pageInput.pick({}), (req, user, a, _b, tx) => practice.completePractice(req.payload, tx, user, id(a.sessionId))),
      startExam: mutation('startExam', { templateId: { type: new GraphQLNonNull(GraphQLInt) } }, (a) => ({ template_id: a.templateId }), examStartInput, (req, user, _a, body, tx) =>
        exams.startExam(req.payload, tx, user, body.template_id),
      ),
      saveExamAnswers: mutation('saveExamAnswers', { ...sessionArg, answers: { type: new GraphQLNonNull(json) } }, (a) => (Array.isArray(a.answers) ? { answers: a.answers } : a.answers), examAnswersInput, (req, user, a, body, tx) =>
        exams.saveExamAnswers(req.payload, tx, user, id(a.sessionId), body),
      ),
      submitExam: mutation('submitExam', sessionArg, () => ({}), pageInput.pick({}), (req, user, a, _b, tx) => exams.submitExam(req.payload, tx, user, id(a.sessionId))),
    },
  }
}

let built: ReturnType<typeof build> | null = null
const once = (graphQL: typeof GraphQLModule) => (built ??= build(graphQL))

export const engineQueries: GraphQLExtension = (graphQL) => once(graphQL as typeof GraphQLModule).queries
export const engineMutations: GraphQLExtension = (graphQL) => once(graphQL as typeof GraphQLModule).mutations
