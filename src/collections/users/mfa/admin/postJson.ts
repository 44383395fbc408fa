/** A JSON POST with the session cookie; the first error message and its data when refused. */
export type Posted<T> = { ok: true; body: T } | { ok: false; status: number; message: string; data?: Record<string, unknown>; path?: string }

export async function postJson<T = Record<string, unknown>>(url: string, body: unknown): Promise<Posted<T>> {
  try {
    const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const json = await res.json().catch(() => null)
    if (res.ok) return { ok: true, body: json as T }
    const first = (json as { errors?: { message?: string; data?: Record<string, unknown>; path?: string }[] } | null)?.errors?.[0]
    return { ok: false, status: res.status, message: first?.message ?? `Request failed (${res.status})`, data: first?.data, path: first?.path }
  } catch {
    return { ok: false, status: 0, message: 'Could not reach Practica. Check your connection and try again.' }
  }
}
