/** The learner app talks to Practica only through its public REST API, as any external frontend would. */
export const API = '/api/v1'

/** A refused request: the first message, field messages by path, and the whole body (some 409s carry a result). */
export type ApiError = { status: number; message: string; fields: Record<string, string>; body?: unknown }

type ErrorItem = { message?: string; path?: string; data?: { errors?: { path?: string; message?: string }[] } | { path?: string; message?: string }[] }
type ErrorBody = { errors?: ErrorItem[] }

function toError(status: number, body: ErrorBody | null): ApiError {
  const first = body?.errors?.[0]
  const fieldList = Array.isArray(first?.data) ? first.data : (first?.data?.errors ?? [])
  const fields: Record<string, string> = {}
  for (const item of fieldList) if (item.path && item.message) fields[item.path] = item.message
  // The engine's errors carry their path beside the message: `{ errors: [{ message, path }] }`.
  for (const item of body?.errors ?? []) if (item.path && item.message && !fields[item.path]) fields[item.path] = item.message
  return { status, message: first?.message ?? `Request failed (${status})`, fields, body }
}

export type ApiInit = RequestInit & { json?: unknown; idempotencyKey?: string }

/** fetch with the session cookie; resolves to the JSON body or throws an ApiError (a network failure throws the fetch TypeError). */
export async function apiFetch<T>(path: string, init: ApiInit = {}): Promise<T> {
  const { json, idempotencyKey, ...rest } = init
  const response = await fetch(`${API}${path}`, {
    credentials: 'include',
    ...rest,
    headers: {
      ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      ...rest.headers,
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw toError(response.status, body)
  return body as T
}

export const isApiError = (value: unknown): value is ApiError => typeof value === 'object' && value !== null && 'status' in value && 'message' in value

/** A message for anything apiFetch threw: the API's own words, or a connection problem. */
export const errorMessage = (error: unknown): string =>
  isApiError(error) ? error.message : 'Could not reach Practica. Check your connection and try again.'

/** A fresh Idempotency-Key: retries of one request carry the same key, so the server acts once. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export type Membership = { institution: { id: number; name: string; slug: string } | number; roles: string[] }
export type Me = { id: number; name: string; email: string; roles?: string[]; memberships?: Membership[]; timezone?: string }
