import { type AuthStrategy, JWTAuthentication, type Payload } from 'payload'

import { prepared } from '@/db/prepared'
import { poolOf } from '@/db/sql'

/**
 * The tables a user document (depth 0) is read from. A test fails when the schema gains a `users_*`
 * table that is not listed here, since a change to it would not change the version below.
 */
export const USER_TABLES = ['users', 'users_memberships', 'users_memberships_roles', 'users_roles', 'users_sessions'] as const

/**
 * A fingerprint of everything a user document is read from: the user's row and its rows in every
 * child table, each with its `xmin` (the transaction that last wrote it). Any write to any of them (a
 * role, a membership, a session, a profile field, by Payload or by SQL, on any instance) changes it,
 * even one that puts back an earlier value.
 */
const VERSION = `
select md5(concat_ws('|', u::text || u.xmin::text,
  coalesce((select string_agg(m::text || m.xmin::text, ',' order by m.id) from users_memberships m where m._parent_id = u.id), ''),
  coalesce((select string_agg(r::text || r.xmin::text, ',' order by r.id) from users_memberships_roles r join users_memberships m on m.id = r.parent_id where m._parent_id = u.id), ''),
  coalesce((select string_agg(r::text || r.xmin::text, ',' order by r.id) from users_roles r where r.parent_id = u.id), ''),
  coalesce((select string_agg(s::text || s.xmin::text, ',' order by s.id) from users_sessions s where s._parent_id = u.id), ''))) as version
  from users u where u.id = $1`

const MAX_ENTRIES = 10_000

type Entry = { version: string; doc: Record<string, unknown> }
type FindByID = Payload['findByID']

/**
 * Payload's JWT sign-in reads the whole user through `findByID` on every request, about half of what a
 * light authenticated request costs. This strategy runs Payload's own JWT authentication (token
 * extraction, CSRF rules, signature, sessions, verification) with one change: the user is read
 * through a per-process cache that is checked against the database on every request. One short
 * query computes the user's version; only when it matches the cached one is the cached document used
 * (a fresh copy per request), else the user is read through Payload as before. A role removed or a
 * session ended takes effect on the next request on every instance, as without the cache.
 */
export function jwtWithUserCache(): AuthStrategy {
  const cache = new Map<string, Entry>()
  const proxies = new WeakMap<Payload, Payload>()

  const cachedFindByID = (payload: Payload): FindByID => {
    // With read replicas, Payload could read an older user than the version read on the primary; with locales, one user has several documents: no cache then.
    const cacheable = !payload.config.localization && !(payload.db as { readReplicaOptions?: unknown[] }).readReplicaOptions?.length
    return (async (args: Parameters<FindByID>[0]) => {
      // Only the read Payload's JWT authentication makes (by id, overriding access, ids only) is served from the cache.
      if (!cacheable || args.collection !== 'users' || args.overrideAccess !== true || args.depth !== 0) return payload.findByID(args)
      const key = String(args.id)
      const { rows } = await poolOf(payload)
        .query<{ version: string }>(prepared(VERSION, [args.id]))
        .catch((error: unknown) => {
          // Payload's JWT authentication turns any error into "not signed in"; say why here.
          payload.logger.error({ err: error }, 'Reading the signed-in user’s version failed.')
          throw error
        })
      const version = rows[0]?.version
      const hit = version ? cache.get(key) : undefined
      if (hit && hit.version === version) return structuredClone(hit.doc)
      // Read after the version: a write in between leaves a newer document under an older version, so the next request reads again.
      // Payload's own arguments, unchanged: overrideAccess is true because this is the sign-in read of the token's own user (as in Payload's JWT strategy).
      const doc = (await payload.findByID(args)) as unknown as Record<string, unknown>
      if (version && doc) {
        cache.delete(key)
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
        cache.set(key, { version, doc: structuredClone(doc) })
      }
      return doc
    }) as FindByID
  }

  const withCache = (payload: Payload): Payload => {
    let proxy = proxies.get(payload)
    if (!proxy) {
      proxy = Object.create(payload, { findByID: { value: cachedFindByID(payload) } }) as Payload
      proxies.set(payload, proxy)
    }
    return proxy
  }

  return {
    name: 'practica-jwt',
    // As Payload's own strategy, so sign-out, refresh and /me treat the user exactly as theirs.
    authenticate: (args) => JWTAuthentication({ ...args, payload: withCache(args.payload), strategyName: 'local-jwt' }),
  }
}
