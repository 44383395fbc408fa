import { describe, expect, it } from 'vitest'

import { heartbeatCredit } from './heartbeatCredit'

const o = { intervalSec: 60, minGapSec: 15 }

describe('heartbeat credit', () => {
  it('starts a stretch on the first beat and after a break, crediting nothing', () => {
    expect(heartbeatCredit(null, o)).toEqual({ creditSec: 0, duplicate: false })
    expect(heartbeatCredit(121, o)).toEqual({ creditSec: 0, duplicate: false })
  })
  it('ignores beats closer than the minimum gap', () => {
    expect(heartbeatCredit(0, o)).toEqual({ creditSec: 0, duplicate: true })
    expect(heartbeatCredit(14.9, o)).toEqual({ creditSec: 0, duplicate: true })
  })
  it('credits the gap, at most one interval', () => {
    expect(heartbeatCredit(15, o)).toEqual({ creditSec: 15, duplicate: false })
    expect(heartbeatCredit(59.6, o)).toEqual({ creditSec: 60, duplicate: false })
    expect(heartbeatCredit(120, o)).toEqual({ creditSec: 60, duplicate: false })
  })
})
