/**
 * Payload answers a few refusals with a bare `{ message }` — an unknown route (404, also what a path like
 * `/media/./duplicate` normalises to), a method a collection does not serve (501) — where every other error
 * is `{ errors: [{ message }] }`. This gives those the common shape, so a client reads every error one way.
 * Only error responses are read; a success passes through untouched.
 */
export async function withCommonErrorShape(response: Response): Promise<Response> {
  if (response.status < 400 || !response.headers.get('content-type')?.includes('application/json')) return response
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  const bare = body && typeof body === 'object' && !Array.isArray((body as { errors?: unknown }).errors) ? (body as { message?: unknown }).message : undefined
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const out = typeof bare === 'string' ? JSON.stringify({ errors: [{ message: bare }] }) : text
  return new Response(out, { headers, status: response.status, statusText: response.statusText })
}
