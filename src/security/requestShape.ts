import type { AfterErrorHook, CollectionBeforeOperationHook, Endpoint, Plugin } from 'payload'

import { RequestError } from '@/lib/errors'
import { MAX_ID } from '@/lib/ids'
import { errorResponse } from '@/lib/zod'

const WRITES = new Set(['create', 'update', 'updateByID'])
const BY_ID = new Set(['read', 'update', 'updateByID', 'delete', 'deleteByID'])
const TEXT_TYPES = new Set(['text', 'email', 'textarea', 'code'])

/** Top-level text fields of a collection (and an auth collection's password): their values must be strings. */
function textFields(collection: { fields: { type: string; name?: string }[]; auth?: unknown }): string[] {
  const names = collection.fields.filter((f) => TEXT_TYPES.has(f.type) && f.name).map((f) => f.name as string)
  return collection.auth ? [...names, 'password'] : names
}

/**
 * Refuses what Payload would answer with a 500: an id beyond PostgreSQL's integer range (404), and —
 * a document being a JSON object — a create or update whose body is `false`, a number, a string or an array,
 * or whose text fields hold other values (400), before any hook sees them.
 */
export const requireSaneRequest: CollectionBeforeOperationHook = ({ args, operation }) => {
  const id = (args as { id?: unknown }).id
  if (BY_ID.has(operation) && (typeof id === 'number' || typeof id === 'string')) {
    const n = Number(id)
    if (!Number.isSafeInteger(n) || n < 1 || n > MAX_ID) throw new RequestError(404, `No document has the id "${String(id).slice(0, 40)}".`)
  }
  if (!WRITES.has(operation)) return args
  const data = (args as { data?: unknown }).data
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    throw new RequestError(400, 'The request body must be a JSON object of the document’s fields.')
  }
  // Some of Payload's own field hooks (e.g. the auth email's) run before validation and crash on non-text values.
  const fields = data as Record<string, unknown> | undefined
  for (const name of fields ? textFields(args.collection.config) : []) {
    const value = fields![name]
    if (value != null && typeof value !== 'string') throw new RequestError(400, `${name} must be text.`, name)
  }
  return args
}

/**
 * Payload routes /{collection}/versions… for every collection and crashes (500) on one that keeps no
 * versions; these answer 404 first. Marked internal: the OpenAPI document leaves them out.
 */
const noVersions = (slug: string): Endpoint[] => {
  const handler = () => errorResponse(404, `${slug} keep no versions.`)
  return [
    { path: '/versions', method: 'get', handler, custom: { internal: true } },
    { path: '/versions/:id', method: 'get', handler, custom: { internal: true } },
    { path: '/versions/:id', method: 'post', handler, custom: { internal: true } },
  ]
}

/** Puts the guard first on every collection, the plugins' included (so it goes last in the plugin list). */
export const saneRequestsOnly = (): Plugin => (config) => ({
  ...config,
  hooks: { ...config.hooks, afterError: [dataErrorsAreClientErrors, ...(config.hooks?.afterError ?? [])] },
  collections: (config.collections ?? []).map((c) => ({
    ...c,
    endpoints: c.versions ? c.endpoints : [...noVersions(c.slug), ...(c.endpoints || [])],
    hooks: { ...c.hooks, beforeOperation: [requireSaneRequest, ...(c.hooks?.beforeOperation ?? [])] },
  })),
})

/**
 * PostgreSQL data exceptions that a request's own values cause: numeric value out of range, invalid
 * text representation, negative limit or offset, bad date/time, value too long, invalid LIKE escape.
 */
const DATA_ERRORS = new Set(['22003', '22P02', '2201W', '2201X', '22007', '22008', '22001', '22023', '22019', '22025'])

const pgCode = (error: unknown): string | undefined => {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') return e.code
  }
  return undefined
}

/**
 * A request value the database cannot hold as the column's type (an id past 2³¹ in a filter, say) is
 * the caller's mistake: answer 400 instead of Payload's 500, on every route that reaches the database.
 */
export const dataErrorsAreClientErrors: AfterErrorHook = ({ error }) => {
  const code = pgCode(error)
  if (!code || !DATA_ERRORS.has(code)) return
  return { status: 400, response: { errors: [{ message: 'A value in the request is out of range or not of the right kind.' }] } }
}
