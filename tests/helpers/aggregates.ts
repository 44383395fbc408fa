import type { Payload } from 'payload'
import { expect, it } from 'vitest'

import { checkAggregates } from '../../plugins/analytics/aggregates/consistency'

/** A last test for a suite that writes learner data: every analytics aggregate still equals a recompute from the responses. */
export function itKeepsAggregatesConsistent(app: () => Payload): void {
  it('leaves every analytics aggregate equal to a recompute from the responses', async () => {
    expect((await checkAggregates(app())).differences).toEqual([])
  })
}
