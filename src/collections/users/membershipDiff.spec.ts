import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { changesForeignMemberships, membershipKey } from './membershipDiff'

describe('membership changes', () => {
  const stored = [
    { id: 'row1', institution: 1, roles: ['learner'] },
    { id: 'row2', institution: 2, roles: ['learner', 'teaching-assistant'] },
  ]

  it('ignores row order, role order, row ids and populated institutions', () => {
    const resubmitted = [{ institution: { id: 2 }, roles: ['teaching-assistant', 'learner'] }, { institution: '1', roles: ['learner'] }]
    expect(membershipKey(resubmitted)).toBe(membershipKey(stored))
  })

  it('lets an admin of institution 1 change only institution 1 rows', () => {
    const administered = new Set(['1'])
    expect(changesForeignMemberships([{ institution: 1, roles: ['instructor'] }, stored[1]], stored, administered)).toBe(false)
    expect(changesForeignMemberships([stored[0]], stored, administered)).toBe(true) // removed row 2
    expect(changesForeignMemberships([...stored, { institution: 3, roles: ['learner'] }], stored, administered)).toBe(true)
  })

  it('is insensitive to permutations (property)', () => {
    const row = fc.record({ institution: fc.integer({ min: 1, max: 4 }), roles: fc.subarray(['learner', 'editor', 'instructor']) })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.infiniteStream(fc.integer()), (rows, seeds) => {
        const shuffled = rows.map((r) => ({ r, k: seeds.next().value })).sort((a, b) => a.k - b.k).map(({ r }) => ({ ...r, roles: [...r.roles].reverse() }))
        expect(membershipKey(shuffled)).toBe(membershipKey(rows))
      }),
    )
  })
})
