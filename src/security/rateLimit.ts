import type { Payload } from 'payload'

import { prepared } from '@/db/prepared'
import { poolOf } from '@/db/sql'
import { type RateRule, scaledLimit } from './rateLimits'

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSec: number; message: string }

/**
 * Counts one hit of `key` under `rule` in PostgreSQL (one atomic upsert, a fixed window per key), so
 * every app instance shares the count. `PRACTICA_RATE_LIMITS=off` turns limiting off.
 */
export async function hit(payload: Payload, rule: RateRule, key: string): Promise<RateDecision> {
  if (process.env.PRACTICA_RATE_LIMITS === 'off') return { allowed: true }
  const { rows } = await poolOf(payload).query<{ hits: number; retry: number }>(
    prepared(
      `insert into practica_rate_limits as r (key, hits, reset_at) values ($1, 1, now() + make_interval(secs => $2))
     on conflict (key) do update set
       hits = case when r.reset_at <= now() then 1 else r.hits + 1 end,
       reset_at = case when r.reset_at <= now() then now() + make_interval(secs => $2) else r.reset_at end
     returning hits, ceil(extract(epoch from reset_at - now()))::int as retry`,
      [`${rule.name}:${key}`, rule.windowSec],
    ),
  )
  const { hits, retry } = rows[0]
  return hits <= scaledLimit(rule) ? { allowed: true } : { allowed: false, retryAfterSec: Math.max(1, retry), message: rule.message }
}

/** Whether `key` is already over `rule`'s limit, without counting a hit (for limits on failures only). */
export async function peek(payload: Payload, rule: RateRule, key: string): Promise<RateDecision> {
  if (process.env.PRACTICA_RATE_LIMITS === 'off') return { allowed: true }
  const { rows } = await poolOf(payload).query<{ hits: number; retry: number }>(
    `select hits, ceil(extract(epoch from reset_at - now()))::int as retry from practica_rate_limits where key = $1 and reset_at > now()`,
    [`${rule.name}:${key.toLowerCase()}`],
  )
  const row = rows[0]
  return !row || row.hits < scaledLimit(rule) ? { allowed: true } : { allowed: false, retryAfterSec: Math.max(1, row.retry), message: rule.message }
}

/** Several rules at once: the first one exceeded decides. */
export async function hitAll(payload: Payload, checks: [RateRule, string | null | undefined][]): Promise<RateDecision> {
  for (const [rule, key] of checks) {
    if (!key) continue
    const decision = await hit(payload, rule, key.toLowerCase())
    if (!decision.allowed) return decision
  }
  return { allowed: true }
}

/** 429 with Retry-After, in Practica's error shape. */
export const tooManyRequests = (decision: Extract<RateDecision, { allowed: false }>): Response =>
  Response.json(
    { errors: [{ message: `${decision.message} Try again in ${decision.retryAfterSec} seconds.` }] },
    { status: 429, headers: { 'Retry-After': String(decision.retryAfterSec) } },
  )

/** Housekeeping: drop counters whose window ended. */
export async function forgetRateLimits(payload: Payload): Promise<number> {
  return (await poolOf(payload).query(`delete from practica_rate_limits where reset_at < now()`)).rowCount ?? 0
}
