import { describe, expect, it } from 'vitest'

import { administersPerson, institutionScoped, selfOrInstitutionAdmin, selfOrInstitutionStaff } from './predicates'

const call = (access: (args: never) => unknown, user: unknown) => access({ req: { user } } as never)

describe('shared access predicates', () => {
  const admin = { id: 1, roles: ['platform-admin'] }
  const instructor = { id: 2, memberships: [{ institution: 10, roles: ['instructor'] }] }
  const learner = { id: 3, memberships: [{ institution: 10, roles: ['learner'] }] }

  it('people: platform admins see all, staff see their institutions, learners themselves', () => {
    expect(call(selfOrInstitutionStaff, admin)).toBe(true)
    expect(call(selfOrInstitutionStaff, instructor)).toEqual({ or: [{ id: { equals: 2 } }, { 'memberships.institution': { in: [10] } }] })
    expect(call(selfOrInstitutionStaff, learner)).toEqual({ id: { equals: 3 } })
    expect(call(selfOrInstitutionStaff, null)).toBe(false)
  })

  it('editing people is for institution admins, not instructors', () => {
    expect(call(selfOrInstitutionAdmin, instructor)).toEqual({ id: { equals: 2 } })
    const instAdmin = { id: 4, memberships: [{ institution: 11, roles: ['institution-admin'] }] }
    expect(call(selfOrInstitutionAdmin, instAdmin)).toEqual({ or: [{ id: { equals: 4 } }, { 'memberships.institution': { in: [11] } }] })
  })

  it('institution content: own institutions, plus shared content when asked', () => {
    const editorsOnly = institutionScoped(['editor'])
    expect(call(editorsOnly, instructor)).toEqual({ institution: { in: [] } })
    const readers = institutionScoped(['instructor', 'learner'], { includeShared: true })
    expect(call(readers, learner)).toEqual({ or: [{ institution: { in: [10] } }, { shared: { equals: true } }] })
    expect(call(readers, admin)).toBe(true)
    expect(call(readers, undefined)).toBe(false)
  })

  it('administering a person: platform admins, or an institution admin of every institution they belong to', () => {
    const instAdmin = { id: 4, memberships: [{ institution: 10, roles: ['institution-admin'] }] }
    const twoPlaces = { id: 5, memberships: [{ institution: 10, roles: ['learner'] }, { institution: 11, roles: ['editor'] }] }
    expect(administersPerson(admin, learner)).toBe(true)
    expect(administersPerson(instAdmin, learner)).toBe(true)
    expect(administersPerson(instAdmin, twoPlaces)).toBe(false)
    expect(administersPerson(instAdmin, admin)).toBe(false)
    expect(administersPerson(instAdmin, { id: 6, memberships: [] })).toBe(false)
    expect(administersPerson(instructor, learner)).toBe(false)
    expect(administersPerson(null, learner)).toBe(false)
  })
})
