export { ExamSessions } from './examSessions'
export { IdempotencyKeys } from './idempotencyKeys'
export { PracticeSessions } from './practiceSessions'
export { Responses } from './responses'
