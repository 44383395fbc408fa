import { BasePayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '../../src/db/sql'
import { hit } from '../../src/security/rateLimit'
import type { RateRule } from '../../src/security/rateLimits'
import { getTestApp } from '../helpers/app'

/**
 * Two app instances on one database, as a deployment with several instances runs: each its own
 * Payload (own connection pools, own job runner), both with jobs enabled.
 */
let a: Payload
let b: Payload
const sql = <T = any>(text: string, params: unknown[] = []) => poolOf(a).query(text, params).then((r) => r.rows as T[])

beforeAll(async () => {
  a = await getTestApp()
  const { default: config } = await import('@payload-config')
  b = await new BasePayload().init({ config })
})
afterAll(async () => {
  await b?.destroy()
})

describe('scale-out: two instances on one database', () => {
  it('share rate limits: hits on either count against one limit', async () => {
    const scale = process.env.PRACTICA_RATE_LIMIT_SCALE
    process.env.PRACTICA_RATE_LIMIT_SCALE = '1'
    const rule: RateRule = { name: `scale-out-${Date.now()}`, limit: 6, windowSec: 60, message: 'Too many.' }
    const decisions = []
    for (let i = 0; i < 8; i++) decisions.push(await hit(i % 2 ? b : a, rule, 'one-client'))
    process.env.PRACTICA_RATE_LIMIT_SCALE = scale
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, true, false, false])
  })

  it('run each scheduled job once per slot, however many instances schedule and run the queues', async () => {
    await sql(`delete from payload_jobs`)
    // Keep finished jobs and their logs to count the runs (Payload deletes them by default).
    a.config.jobs.deleteJobOnComplete = false
    // Both instances schedule at the same moment, several times (as their cron ticks would).
    for (let i = 0; i < 3; i++) await Promise.all([a.jobs.handleSchedules({ allQueues: true }), b.jobs.handleSchedules({ allQueues: true })])
    const queued = await sql<{ task_slug: string; wait_until: Date; n: number }>(
      `select task_slug, wait_until, count(*)::int as n from payload_jobs where (meta->>'scheduled')::boolean group by 1, 2 order by 1`,
    )
    expect(queued.length).toBeGreaterThan(0)
    // Make every slot due now (keeping duplicates of one slot on one slot), then both instances run everything at once.
    await sql(`update payload_jobs set wait_until = wait_until - interval '3 days'`)
    // Rounds until nothing is left (Payload retries a job whose bookkeeping collided with the other instance's).
    for (let round = 0; round < 5; round++) {
      await Promise.all([a.jobs.run({ allQueues: true, limit: 100, silent: true }), b.jobs.run({ allQueues: true, limit: 100, silent: true })])
      const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from payload_jobs where completed_at is null`)
      if (n === 0) break
    }

    const jobs = await sql<{ id: number; task_slug: string; wait_until: Date; completed_at: Date | null }>(
      `select id, task_slug, wait_until, completed_at from payload_jobs where (meta->>'scheduled')::boolean`,
    )
    const runs = await sql<{ parent: number; output: { duplicateOf?: string } | null; state: string }>(`select _parent_id as parent, output, state from payload_jobs_log`)
    const slotOf = (j: { task_slug: string; wait_until: Date }) => `${j.task_slug}@${new Date(j.wait_until).toISOString()}`
    const slots = new Map<string, number[]>()
    for (const j of jobs) slots.set(slotOf(j), [...(slots.get(slotOf(j)) ?? []), j.id])
    for (const [slot, ids] of slots) {
      expect(jobs.filter((j) => ids.includes(j.id)).every((j) => j.completed_at), `${slot}: every job completed`).toBe(true)
      // Across every job of the slot and every attempt, the work was done by exactly one successful run.
      const worked = runs.filter((r) => ids.includes(r.parent) && r.state === 'succeeded' && !r.output?.duplicateOf)
      expect(worked.length, `${slot}: runs that did the work`).toBe(1)
    }
    const [{ n: claims }] = await sql<{ n: number }>(`select count(distinct (task, slot))::int as n from practica_job_slots where job_id = any($1::text[])`, [jobs.map((j) => String(j.id))])
    expect(claims).toBe(slots.size)
    a.config.jobs.deleteJobOnComplete = true
  })

  it('a job whose worker died mid-run is run again and does the work (its claim died with it)', async () => {
    a.config.jobs.deleteJobOnComplete = false
    const slot = new Date(Date.now() - 60_000)
    const job = await a.jobs.queue({ task: 'auditRetention', input: {}, queue: 'engine', waitUntil: slot, meta: { scheduled: true } } as never)
    // The first worker took the job and died: the job is left processing, its claim rolled back with its connection.
    await sql(`update payload_jobs set processing = false, total_tried = 1 where id = $1`, [job.id])
    await b.jobs.run({ queue: 'engine', limit: 10 })
    const [row] = await sql(`select completed_at, has_error from payload_jobs where id = $1`, [job.id])
    expect(row.completed_at).not.toBeNull()
    const [log] = await sql(`select output from payload_jobs_log where _parent_id = $1 order by _order desc limit 1`, [job.id])
    expect(log.output.duplicateOf).toBeUndefined()
    expect(typeof log.output.removed).toBe('number')
    expect(await sql(`select job_id from practica_job_slots where task = 'auditRetention' and slot = $1`, [slot])).toEqual([{ job_id: String(job.id) }])
    a.config.jobs.deleteJobOnComplete = true
  })
})
