/** The learner app talks to Practica only through its public REST API, as any external frontend would. */
export const API = '/api/v1'

export type ApiError = { status: number; message: string; fields: Record<string, string> }

type ErrorBody = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } | { path?: string; message?: string }[] }[] }

function toError(status: number, body: ErrorBody | null): ApiError {
  const first = body?.errors?.[0]
  const fieldList = Array.isArray(first?.data) ? first.data : (first?.data?.errors ?? [])
  const fields: Record<string, string> = {}
  for (const item of fieldList) if (item.path && item.message) fields[item.path] = item.message
  return { status, message: first?.message ?? `Request failed (${status})`, fields }
}

/** fetch with the session cookie; resolves to the JSON body or throws an ApiError. */
export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init
  const response = await fetch(`${API}${path}`, {
    credentials: 'include',
    ...rest,
    headers: { ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw toError(response.status, body)
  return body as T
}

export const isApiError = (value: unknown): value is ApiError => typeof value === 'object' && value !== null && 'status' in value && 'message' in value

export type Membership = { institution: { id: number; name: string; slug: string } | number; roles: string[] }
export type Me = { id: number; name: string; email: string; roles?: string[]; memberships?: Membership[]; timezone?: string }
