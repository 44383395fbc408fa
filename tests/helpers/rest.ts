import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { restHandlers } from '@/endpoints/restHandlers'

const handlers = restHandlers(config)
const graphql = GRAPHQL_POST(config) as (request: Request) => Promise<Response>

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

type Options = { body?: unknown; headers?: Record<string, string>; token?: string; raw?: BodyInit; form?: FormData }

/**
 * Calls Practica's real REST and GraphQL route handlers in-process — the same code Next.js
 * serves at /api/v1 — so integration tests exercise HTTP semantics without a web server.
 */
export async function api(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: Options = {}): Promise<ApiResponse> {
  const url = new URL(path, 'http://localhost:3000')
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined = options.form ?? options.raw
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const request = new Request(url, { method, headers, body, ...(body ? { duplex: 'half' } : {}) } as RequestInit)
  let response: Response
  if (url.pathname === '/api/v1/graphql') {
    response = await graphql(request)
  } else {
    const slug = url.pathname.replace(/^\/api\/v1\/?/, '').split('/').filter(Boolean)
    response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  }
  if (options.headers?.accept === 'text/plain') return { status: response.status, body: await response.text(), headers: response.headers }
  if (options.headers?.accept === 'application/octet-stream') return { status: response.status, body: new Uint8Array(await response.arrayBuffer()), headers: response.headers }
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    /* not JSON: keep the text so a test can show it */
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

export async function login(email: string, password: string): Promise<string> {
  const res = await api('POST', '/api/v1/users/login', { body: { email, password } })
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token as string
}

export async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<ApiResponse> {
  return api('POST', '/api/v1/graphql', { body: { query, variables }, token })
}
