/**
 * A comma-separated list of origins from the environment ("https://app.example.org, https://admin.example.org"),
 * checked: each must be an http(s) origin with no path. Pure; throws on a malformed entry so a typo fails at start.
 */
export function originList(value: string | undefined, variable: string): string[] {
  if (!value?.trim()) return []
  return value.split(',').map((raw) => {
    const entry = raw.trim().replace(/\/$/, '')
    let url: URL
    try {
      url = new URL(entry)
    } catch {
      throw new Error(`${variable}: "${entry}" is not an origin (expected e.g. https://app.example.org).`)
    }
    if (!/^https?:$/.test(url.protocol) || url.origin !== entry) throw new Error(`${variable}: "${entry}" is not an origin (scheme, host and port only, e.g. https://app.example.org).`)
    return entry
  })
}

/**
 * Origins allowed to call the API with credentials (CORS) and to use the session cookie (CSRF). The app's
 * own origin (PUBLIC_URL) is always allowed; other sites only when listed. Without PUBLIC_URL the cookie
 * check stays off (local development), since the app's own origin is unknown.
 */
export function originPolicy(env: Record<string, string | undefined>) {
  const cors = originList(env.CORS_ORIGINS, 'CORS_ORIGINS')
  const csrf = originList(env.CSRF_ORIGINS ?? env.CORS_ORIGINS, env.CSRF_ORIGINS ? 'CSRF_ORIGINS' : 'CORS_ORIGINS')
  const self = env.PUBLIC_URL ? originList(env.PUBLIC_URL, 'PUBLIC_URL') : []
  return { cors, csrf: self.length ? [...new Set([...self, ...csrf])] : [] }
}
