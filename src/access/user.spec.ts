import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { INSTITUTION_ROLES } from './roles'
import { hasInstitutionRole, institutionsWithRole, isPlatformAdmin, isSelf, rolesIn } from './user'

const learnerInTwo = {
  id: 7,
  roles: [],
  memberships: [
    { institution: 1, roles: ['learner'] },
    { institution: { id: 2 }, roles: ['learner', 'teaching-assistant'] },
  ],
}

describe('access predicates on a user', () => {
  it('recognises platform admins only by the platform role', () => {
    expect(isPlatformAdmin({ id: 1, roles: ['platform-admin'] })).toBe(true)
    expect(isPlatformAdmin({ id: 1, roles: [], memberships: [{ institution: 1, roles: ['institution-admin'] }] })).toBe(false)
    expect(isPlatformAdmin(null)).toBe(false)
  })

  it('lists institutions per role, accepting populated or bare ids', () => {
    expect(institutionsWithRole(learnerInTwo)).toEqual([1, 2])
    expect(institutionsWithRole(learnerInTwo, ['teaching-assistant'])).toEqual([2])
    expect(institutionsWithRole(learnerInTwo, ['institution-admin'])).toEqual([])
    expect(institutionsWithRole(undefined)).toEqual([])
  })

  it('answers role questions per institution', () => {
    expect(hasInstitutionRole(learnerInTwo, ['teaching-assistant'])).toBe(true)
    expect(hasInstitutionRole(learnerInTwo, ['teaching-assistant'], 1)).toBe(false)
    expect(hasInstitutionRole(learnerInTwo, ['teaching-assistant'], '2')).toBe(true)
    expect(rolesIn(learnerInTwo, 2).sort()).toEqual(['learner', 'teaching-assistant'])
    expect(rolesIn(learnerInTwo, 3)).toEqual([])
  })

  it('compares ids across number and string forms', () => {
    expect(isSelf(learnerInTwo, '7')).toBe(true)
    expect(isSelf(learnerInTwo, 8)).toBe(false)
    expect(isSelf(null, 7)).toBe(false)
  })

  it('never grants a role the user does not hold (property)', () => {
    const membership = fc.record({ institution: fc.integer({ min: 1, max: 5 }), roles: fc.subarray([...INSTITUTION_ROLES]) })
    fc.assert(
      fc.property(fc.array(membership, { maxLength: 6 }), fc.constantFrom(...INSTITUTION_ROLES), (memberships, role) => {
        const user = { id: 1, memberships }
        const expected = new Set(memberships.filter((m) => m.roles.includes(role)).map((m) => m.institution))
        expect(new Set(institutionsWithRole(user, [role]))).toEqual(expected)
      }),
    )
  })
})
