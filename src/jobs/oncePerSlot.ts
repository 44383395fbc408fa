import type { Config, TaskConfig, TaskHandler } from 'payload'

import { poolOf } from '@/db/sql'

/**
 * Several app instances (or workers) may each queue a scheduled task for the same time slot, and may
 * pick up the same job at once (Payload's queue does not lock the jobs it claims). Every scheduled task
 * therefore claims its slot (task × scheduled time) in a transaction held while it works: a concurrent
 * run of the slot waits for it, then finds the slot done and finishes at once with `duplicateOf`. The
 * claim commits only when the work succeeded, so a failed or killed run leaves the slot to its retry:
 * the work is done once.
 */
export function oncePerSlot(task: TaskConfig): TaskConfig {
  if (!task.schedule?.length || typeof task.handler !== 'function') return task
  const handler = task.handler as TaskHandler<any>
  return {
    ...task,
    outputSchema: [...(task.outputSchema ?? []), { name: 'duplicateOf', type: 'text' }],
    handler: (async (args: Parameters<TaskHandler<any>>[0]) => {
      const { job, req } = args
      const scheduled = Boolean((job.meta as { scheduled?: boolean } | undefined)?.scheduled) && job.waitUntil
      if (!scheduled) return handler(args)
      const slot = new Date(job.waitUntil as string)
      const claim = await poolOf(req.payload).connect()
      let failed: Error | undefined
      claim.on('error', (error) => (failed = error))
      try {
        await claim.query('begin')
        const { rows } = await claim.query<{ job_id: string }>(
          `insert into practica_job_slots (task, slot, job_id) values ($1, $2, $3) on conflict (task, slot) do nothing returning job_id`,
          [task.slug, slot, String(job.id)],
        )
        if (!rows[0]) {
          await claim.query('rollback')
          const { rows: owner } = await claim.query<{ job_id: string }>(`select job_id from practica_job_slots where task = $1 and slot = $2`, [task.slug, slot])
          return { output: { duplicateOf: owner[0]?.job_id ?? 'unknown' } }
        }
        const result = await handler(args)
        await claim.query('commit')
        return result
      } catch (error) {
        await claim.query('rollback').catch(() => undefined)
        throw error
      } finally {
        claim.release(failed)
      }
    }) as TaskHandler<any>,
  }
}

/** Applies `oncePerSlot` to every task in the config (core and plugins'); the last entry of `plugins`. */
export const scheduledTasksRunOnce = () => (config: Config): Config => ({
  ...config,
  jobs: { ...config.jobs, tasks: (config.jobs?.tasks ?? []).map((t) => oncePerSlot(t as TaskConfig)) },
})

/** Forgets slot claims older than a week (the engine's housekeeping calls it). */
export async function forgetJobSlots(payload: Parameters<typeof poolOf>[0]): Promise<number> {
  const { rowCount } = await poolOf(payload).query(`delete from practica_job_slots where slot < now() - interval '7 days'`)
  return rowCount ?? 0
}
