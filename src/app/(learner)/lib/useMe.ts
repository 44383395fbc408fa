'use client'

import { useEffect, useState } from 'react'

import { apiFetch, type Me } from './api'
import { redirectToSignIn } from './auth'

const institutionIdOf = (m: NonNullable<Me['memberships']>[number]) => (typeof m.institution === 'object' ? m.institution.id : m.institution)

/** The signed-in learner (undefined while loading); a visitor who is not signed in goes to sign-in and comes back. */
export function useMe(): { me: Me | undefined; institutionIds: number[] } {
  const [me, setMe] = useState<Me | undefined>(undefined)
  useEffect(() => {
    apiFetch<{ user: Me | null }>('/users/me?depth=0')
      .then(({ user }) => (user ? setMe(user) : redirectToSignIn()))
      .catch(() => redirectToSignIn())
  }, [])
  return { me, institutionIds: (me?.memberships ?? []).map(institutionIdOf) }
}
