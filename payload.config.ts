import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { buildConfig, type Plugin } from 'payload'
import sharp from 'sharp'

import { type AccessUser, isPlatformAdmin } from './src/access'
import { ApiKeys } from './src/collections/api-keys'
import { AuditLogs } from './src/collections/audit-logs'
import { ExamSessions, IdempotencyKeys, PracticeSessions, Responses } from './src/collections/attempts'
import { ExamTemplates } from './src/collections/exam-templates'
import { Institutions } from './src/collections/institutions'
import { Media, MEDIA_MAX_BYTES } from './src/collections/media'
import { QuestionImports } from './src/collections/question-imports'
import { Questions } from './src/collections/questions'
import { Resources } from './src/collections/resources'
import { Categories, Competencies, Tags } from './src/collections/taxonomy'
import { Users } from './src/collections/users'
import { manageMemberships, membershipRolesField } from './src/collections/users/memberships'
import { auditTrail } from './src/audit'
import { emailAdapter } from './src/email/adapter'
import { survivePoolErrors } from './src/db/sql'
import { engineEndpoints } from './src/endpoints/engine'
import { saneRequestsOnly } from './src/security/requestShape'
import { originPolicy } from './src/security/origins'
import { healthEndpoint } from './src/endpoints/health'
import { openApiEndpoint } from './src/endpoints/openapi'
import { eraseMe, exportMyData } from './src/endpoints/privacy'
import { analyticsPlugin } from './plugins/analytics'
import { recommendationsPlugin } from './plugins/recommendations'
import { engineMutations, engineQueries } from './src/graphql/engine'
import { engineHousekeepingTask } from './src/jobs/engineHousekeeping'
import { importQuestionsTask } from './src/jobs/importQuestions'
import { scheduledTasksRunOnce } from './src/jobs/oncePerSlot'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Files go to S3 (or any S3-compatible store) when S3_BUCKET is set, else to local disk. The storage
 * fields (prefix, object key) are in the schema either way, so one set of migrations serves both.
 */
const storagePlugins = (): Plugin[] => [
  s3Storage({
    enabled: Boolean(process.env.S3_BUCKET),
    alwaysInsertFields: true,
    bucket: process.env.S3_BUCKET ?? '',
    collections: { media: true },
    config: {
      region: process.env.S3_REGION ?? 'us-east-1',
      endpoint: process.env.S3_ENDPOINT || undefined,
      forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
      credentials: process.env.S3_ACCESS_KEY_ID
        ? { accessKeyId: process.env.S3_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '' }
        : undefined,
    },
  }),
]

const origins = originPolicy(process.env)

export default buildConfig({
  serverURL: process.env.PUBLIC_URL ?? '',
  // Other sites may call the API only when listed (CORS_ORIGINS); the session cookie is honoured only from PUBLIC_URL and CSRF_ORIGINS.
  cors: origins.cors,
  csrf: origins.csrf,
  routes: { api: '/api/v1', graphQL: '/graphql', admin: '/admin' },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Practica' },
    // No Gravatar: the admin UI makes no third-party requests.
    avatar: 'default',
    // Sign-in with a second step for staff who use two-step sign-in (src/collections/users/mfa).
    components: { views: { login: { Component: '/src/collections/users/mfa/admin/SignInView#SignInView' } } },
  },
  collections: [
    Users,
    Institutions,
    ApiKeys,
    Media,
    Categories,
    Tags,
    Competencies,
    Questions,
    QuestionImports,
    Resources,
    ExamTemplates,
    PracticeSessions,
    ExamSessions,
    Responses,
    IdempotencyKeys,
    AuditLogs,
  ],
  endpoints: [healthEndpoint, openApiEndpoint, ...engineEndpoints, exportMyData, eraseMe],
  jobs: {
    tasks: [importQuestionsTask, engineHousekeepingTask],
    // The in-process runner for a single node; at scale run `payload jobs:run` workers and set PRACTICA_JOBS_AUTORUN=false.
    autoRun: [
      { cron: '*/5 * * * * *', queue: 'imports', limit: 2 },
      { cron: '0 * * * * *', queue: 'engine', limit: 1 },
    ],
    shouldAutoRun: () => process.env.PRACTICA_JOBS_AUTORUN !== 'false',
  },
  editor: lexicalEditor(),
  email: emailAdapter(),
  secret: process.env.PAYLOAD_SECRET || 'practica-development-secret-change-me',
  // Types are generated on purpose (npm run generate:types), never as a side effect of booting.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'), queries: engineQueries, mutations: engineMutations },
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    migrationDir: path.resolve(dirname, 'migrations'),
    // The schema changes only through committed migrations; push is for a throwaway local database.
    push: process.env.PRACTICA_DB_PUSH === 'true',
  }),
  sharp,
  // A database restart must not take the app down with it (see src/db/sql.ts).
  onInit: async (payload) => survivePoolErrors(payload),
  telemetry: false,
  // Client mistakes (bad passwords, validation, access) are routine: log them quietly, not as errors with stacks.
  loggingLevels: {
    AuthenticationError: 'info',
    Forbidden: 'info',
    Locked: 'info',
    LockedAuth: 'info',
    NotFound: 'info',
    UnverifiedEmail: 'info',
    ValidationError: 'info',
  },
  ...(process.env.LOG_LEVEL ? { logger: { options: { level: process.env.LOG_LEVEL } } } : {}),
  plugins: [
    // Content changes, publishing, role changes, sign-ins, session events and erasures, kept AUDIT_RETENTION_DAYS (default 400).
    auditTrail({
      collections: ['users', 'institutions', 'api-keys', 'media', 'categories', 'tags', 'competencies', 'questions', 'question-imports', 'resources', 'exam-templates'],
      retentionDays: Number(process.env.AUDIT_RETENTION_DAYS ?? 400),
    }),
    multiTenantPlugin({
      tenantsSlug: 'institutions',
      tenantField: { name: 'institution' },
      tenantsArrayField: {
        arrayFieldName: 'memberships',
        arrayTenantFieldName: 'institution',
        rowFields: [membershipRolesField],
        arrayFieldAccess: { create: manageMemberships, update: manageMemberships },
      },
      tenantSelectorLabel: 'Institution',
      cleanupAfterTenantDelete: false,
      userHasAccessToAllTenants: (user) => isPlatformAdmin(user as AccessUser),
      // Questions keep their own access (institution + shared content); the plugin adds the institution field and admin filter.
      // Templates, sessions and responses likewise: the plugin adds the institution field; their own access rules apply.
      collections: {
        questions: { useTenantAccess: false },
        resources: { useTenantAccess: false },
        'exam-templates': { useTenantAccess: false },
        'practice-sessions': { useTenantAccess: false },
        'exam-sessions': { useTenantAccess: false },
        responses: { useTenantAccess: false },
      },
    }),
    ...storagePlugins(),
    // Learner aggregates, dashboard and analytics endpoints; remove it (or set PRACTICA_ANALYTICS=off) and practice and exams work as before.
    analyticsPlugin({ enabled: process.env.PRACTICA_ANALYTICS !== 'off', completion: { minAnswered: 10, minScorePercent: 70 }, minCohort: 5 }),
    // Suggested topics, mastery, the review queue and review-mode practice; remove it (or PRACTICA_RECOMMENDATIONS=off) and the rest works as before.
    recommendationsPlugin({ enabled: process.env.PRACTICA_RECOMMENDATIONS !== 'off', topics: { lowScorePercent: 60, minAttempts: 10 }, dismissDays: 7 }),
    // Last: every scheduled task (core and plugins') runs once per slot however many instances queue it.
    scheduledTasksRunOnce(),
    // And every collection refuses ids out of range (404) and writes whose body is not a JSON object of fields (400).
    saneRequestsOnly(),
  ],
})
