import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { configToJSONSchema } from 'payload'
import { toJSONSchema, type ZodType } from 'zod'

import { docOf } from './endpointDoc'

type Schema = Record<string, unknown>
type Operation = Record<string, unknown>

const INTERNAL = /^payload-/
const REF = '#/components/schemas/'
const error: Schema = { $ref: `${REF}Error` }
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c] ?? 'Refused', content: { 'application/json': { schema: error } } }]))
const ERROR_TEXT: Record<number, string> = { 400: 'Bad input (field errors)', 401: 'Not signed in', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 413: 'Too large', 422: 'Cannot be done', 429: 'Rate limited (Retry-After)' }
const json = (schema: Schema, description = 'OK') => ({ description, content: { 'application/json': { schema } } })

/** Payload's `#/definitions/x` references, pointed at OpenAPI components. Pure. */
const rerefs = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', `"${REF}`)) as T

/** A zod schema as JSON Schema 2020-12 (what a client sends). */
function fromZod(schema: ZodType): Schema {
  const out = toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Schema
  delete out.$schema
  return out
}

/** Query parameters from an object schema's properties. */
function queryParameters(schema: ZodType): Operation[] {
  const s = fromZod(schema) as { properties?: Record<string, Schema>; required?: string[] }
  return Object.entries(s.properties ?? {}).map(([name, p]) => ({ name, in: 'query', required: Boolean(s.required?.includes(name)) && !('default' in p), schema: p }))
}

const pathOf = (path: string) => path.replace(/:(\w+)/g, '{$1}')
const pathParameters = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }))
const opId = (method: string, path: string) => `${method}${pathOf(path).replace(/[{}]/g, '').split(/[/-]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`

/** A custom endpoint: its zod schemas when it has them, else what its method and path say. */
function customOperation(endpoint: Endpoint, path: string, tag: string): Operation {
  const doc = docOf(endpoint)
  const op: Operation = {
    tags: [tag],
    operationId: opId(endpoint.method, path),
    summary: doc?.summary ?? `${endpoint.method.toUpperCase()} ${path}`,
    parameters: [...pathParameters(path), ...(doc?.query ? queryParameters(doc.query) : [])],
    responses: { '200': json({ type: 'object' }), ...errors(400, 401, 403, 404, 429) },
  }
  if (doc?.body) op.requestBody = { required: true, content: { 'application/json': { schema: fromZod(doc.body) } } }
  else if (['post', 'put', 'patch'].includes(endpoint.method)) op.requestBody = { required: false, content: { 'application/json': { schema: { type: 'object' } } } }
  if (doc?.auth === 'public') op.security = []
  return op
}

const LIST_PARAMETERS = [
  { name: 'where', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' }, description: 'Filters, e.g. where[title][like]=hernia' },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0 } },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'sort', in: 'query', schema: { type: 'string' }, description: 'Field name; prefix with - for descending; comma-separated for several' },
  { name: 'depth', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 10 } },
  { name: 'select', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
]
const DOC_PARAMETERS = [{ name: 'depth', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 10 } }]

/** The REST operations Payload gives a collection, with its document schema. */
function collectionPaths(c: SanitizedCollectionConfig): Record<string, Operation> {
  const ref = { $ref: `${REF}${c.slug}` }
  const tag = typeof c.labels?.plural === 'string' ? c.labels.plural : c.slug
  const drafts = Boolean(c.versions && typeof c.versions === 'object' && c.versions.drafts)
  const draft = drafts ? [{ name: 'draft', in: 'query', schema: { type: 'boolean' }, description: 'Read or save the draft' }] : []
  const docResponse = json({ type: 'object', properties: { doc: ref, message: { type: 'string' } } })
  const page = json({
    type: 'object',
    properties: { docs: { type: 'array', items: ref }, totalDocs: { type: 'integer' }, limit: { type: 'integer' }, page: { type: 'integer' }, totalPages: { type: 'integer' }, hasNextPage: { type: 'boolean' }, hasPrevPage: { type: 'boolean' }, nextPage: { type: ['integer', 'null'] }, prevPage: { type: ['integer', 'null'] } },
  })
  const upload = c.upload ? { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, _payload: { type: 'string', description: 'The other fields, as JSON' } } } } } : {}
  const body = { content: { 'application/json': { schema: ref }, ...upload } }
  return {
    [`/${c.slug}`]: {
      get: { tags: [tag], operationId: `list_${c.slug}`, summary: `List ${tag}`, parameters: [...LIST_PARAMETERS, ...draft], responses: { '200': page, ...errors(400, 401, 403) } },
      post: { tags: [tag], operationId: `create_${c.slug}`, summary: `Create a ${c.slug} document`, parameters: draft, requestBody: body, responses: { '201': docResponse, ...errors(400, 401, 403, 413, 429) } },
    },
    [`/${c.slug}/{id}`]: {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: ['integer', 'string'] } }],
      get: { tags: [tag], operationId: `get_${c.slug}`, summary: `One ${c.slug} document`, parameters: [...DOC_PARAMETERS, ...draft], responses: { '200': json(ref), ...errors(401, 403, 404) } },
      patch: { tags: [tag], operationId: `update_${c.slug}`, summary: `Update a ${c.slug} document`, parameters: draft, requestBody: body, responses: { '200': docResponse, ...errors(400, 401, 403, 404) } },
      delete: { tags: [tag], operationId: `delete_${c.slug}`, summary: `Delete a ${c.slug} document`, responses: { '200': docResponse, ...errors(401, 403, 404) } },
    },
  }
}

function addOperation(paths: Record<string, Record<string, unknown>>, path: string, method: string, op: Operation) {
  paths[path] ??= {}
  paths[path][method] = op
}

/**
 * The OpenAPI 3.1 document of the whole REST API under /api/v1, generated from the config: every
 * public collection's operations with the document schemas Payload derives from its fields, the auth
 * operations, and every custom endpoint (root, collection and plugin), with request schemas from their
 * zod schemas where they declare them. Pure: the same config gives the same document.
 */
export function openApiDocument(config: SanitizedConfig, version: string) {
  const jsonSchema = rerefs(configToJSONSchema(config, 'number'))
  const definitions = jsonSchema.definitions as Record<string, Schema>
  const paths: Record<string, Record<string, unknown>> = {}
  const collections = config.collections.filter((c) => !INTERNAL.test(c.slug))
  for (const c of collections) {
    Object.assign(paths, collectionPaths(c))
    if (c.auth) addAuthPaths(paths, c.slug)
    // Then every other endpoint of the collection: its custom ones (import, export, erase…) and Payload's
    // remaining built-ins (count, versions, duplicate, bulk update and delete).
    for (const endpoint of c.endpoints || []) {
      // Internal guards, and Payload's version routes of a collection that keeps no versions, are not API.
      if (endpoint.custom?.internal || (!c.versions && endpoint.path.startsWith('/versions'))) continue
      const path = `/${c.slug}${endpoint.path === '/' ? '' : endpoint.path.replace(/\?$/, '')}`
      if (paths[pathOf(path)]?.[endpoint.method]) continue
      addOperation(paths, pathOf(path), endpoint.method, customOperation(endpoint, path, typeof c.labels?.plural === 'string' ? c.labels.plural : c.slug))
    }
  }
  for (const endpoint of config.endpoints) {
    const tag = endpoint.path.split('/').filter(Boolean)[0] ?? 'api'
    addOperation(paths, pathOf(endpoint.path), endpoint.method, customOperation(endpoint, endpoint.path, tag))
  }
  const schemas = Object.fromEntries(Object.entries(definitions).filter(([name]) => !INTERNAL.test(name) && !name.startsWith('Task')))
  return {
    openapi: '3.1.0',
    info: {
      title: 'Practica API',
      version,
      description: 'REST API of Practica (exam preparation, courses and clinical competencies). Errors are `{ "errors": [{ "message", "path" }] }` with a 4xx. Generated from the running configuration.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ cookie: [] }, { jwt: [] }, { apiKey: [] }],
    paths,
    components: {
      schemas: {
        ...schemas,
        Error: { type: 'object', required: ['errors'], properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' }, path: { type: 'string' } }, required: ['message'] } } } },
      },
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'payload-token', description: 'The session cookie set by POST /users/login' },
        jwt: { type: 'apiKey', in: 'header', name: 'Authorization', description: '"JWT <token>" with the token from POST /users/login' },
        apiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: '"users API-Key <key>" for integrations' },
      },
    },
  }
}

const AUTH: [string, string, string, Schema | null][] = [
  ['/login', 'post', 'Sign in: sets the session cookie and returns the user and a token', { type: 'object', required: ['email', 'password'], properties: { email: { type: 'string', format: 'email' }, password: { type: 'string' } } }],
  ['/logout', 'post', 'Sign out', null],
  ['/me', 'get', 'The signed-in user', null],
  ['/refresh-token', 'post', 'A fresh token for the signed-in user', null],
  ['/forgot-password', 'post', 'Mail a password-reset link', { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } }],
  ['/reset-password', 'post', 'Set a new password with the token from the mail', { type: 'object', required: ['token', 'password'], properties: { token: { type: 'string' }, password: { type: 'string' } } }],
  ['/verify/{id}', 'post', 'Verify the email address with the token from the mail', null],
  ['/unlock', 'post', 'Unlock a locked account (admins)', { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } }],
]

function addAuthPaths(paths: Record<string, Record<string, unknown>>, slug: string) {
  for (const [path, method, summary, body] of AUTH) {
    const params = path.includes('{id}') ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'The verification token from the mail' }] : []
    addOperation(paths, `/${slug}${path}`, method, {
      tags: ['Authentication'],
      operationId: `${slug}_${path.replace(/[/{}-]+/g, '_').replace(/^_|_$/g, '')}`,
      summary,
      parameters: params,
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
      responses: { '200': json({ type: 'object' }), ...errors(400, 401, 403, 423, 429) },
    })
  }
}
