import type { Payload } from 'payload'

import { PLUGIN } from '../plugins/analytics'
import type { Registration } from '../src/events'

export type Side = 'with' | 'without'

/**
 * Switches `payload`'s learning-event listeners between all of them ('with') and all but the analytics plugin's
 * ('without': the only part of the plugin an answer runs), so one process can measure what the plugin costs.
 */
export function analyticsSwitch(payload: Payload): (side: Side) => void {
  const custom = payload.config.custom as Record<string, unknown>
  const installed = custom.learningEventListeners as Registration[]
  const others = installed.filter((r) => r.by !== PLUGIN)
  if (others.length === installed.length) throw new Error(`bench: no learning-event listener is registered by the ${PLUGIN} plugin`)
  return (side) => {
    custom.learningEventListeners = side === 'with' ? installed : others
  }
}
