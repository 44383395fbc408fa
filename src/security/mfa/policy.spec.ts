import { describe, expect, it } from 'vitest'

import { mayEnrolMfa, mfaRequirement, mustUseMfa } from './policy'

const admin = { id: 1, roles: ['platform-admin'], memberships: [] }
const editor = { id: 2, roles: [], memberships: [{ institution: 1, roles: ['editor'] }] }
const learner = { id: 3, roles: [], memberships: [{ institution: 1, roles: ['learner'] }] }
const learnerAndTa = { id: 4, roles: [], memberships: [{ institution: 1, roles: ['learner'] }, { institution: 2, roles: ['teaching-assistant'] }] }

describe('second-factor policy', () => {
  it('reads MFA_REQUIRED, defaulting to optional', () => {
    expect(mfaRequirement(undefined)).toBe('none')
    expect(mfaRequirement('')).toBe('none')
    expect(mfaRequirement(' Platform-Admins ')).toBe('platform-admins')
    expect(mfaRequirement('staff')).toBe('staff')
    expect(mfaRequirement('everyone')).toBe('none')
  })

  it('lets staff and platform admins enrol, not learners only', () => {
    expect([admin, editor, learner, learnerAndTa].map(mayEnrolMfa)).toEqual([true, true, false, true])
  })

  it('requires it of platform admins, or of all staff, as configured', () => {
    expect([admin, editor, learner].map((u) => mustUseMfa(u, 'none'))).toEqual([false, false, false])
    expect([admin, editor, learner].map((u) => mustUseMfa(u, 'platform-admins'))).toEqual([true, false, false])
    expect([admin, editor, learner, learnerAndTa].map((u) => mustUseMfa(u, 'staff'))).toEqual([true, true, false, true])
  })
})
