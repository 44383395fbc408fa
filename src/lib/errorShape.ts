/**
 * Payload answers a few refusals with a bare `{ message }` — an unknown route (404, also what a path like
 * `/media/./duplicate` normalises to), a method a collection does not serve (501) — where every other error
 * is `{ errors: [{ message }] }`. This gives those the common shape, so a client reads every error one way.
 * Only error responses are read (a copy of their body); any other response is returned as it came.
 */
export async function withCommonErrorShape(response: Response): Promise<Response> {
  if (response.status < 400 || !response.headers.get('content-type')?.includes('application/json')) return response
  const body: unknown = await response.clone().json().catch(() => undefined)
  const message = body && typeof body === 'object' && !Array.isArray((body as { errors?: unknown }).errors) ? (body as { message?: unknown }).message : undefined
  if (typeof message !== 'string') return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json({ errors: [{ message }] }, { headers, status: response.status, statusText: response.statusText })
}
