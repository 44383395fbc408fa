import { isApiError } from './api'

/** Sends the learner to sign in, then back to where they were (the sign-in page follows `next`). */
export function redirectToSignIn(): void {
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`)
}

/** True (and on its way to the sign-in page) when the error says the session is missing or expired. */
export function signInIfExpired(error: unknown): boolean {
  if (isApiError(error) && error.status === 401) {
    redirectToSignIn()
    return true
  }
  return false
}

/** The institution the learner chose on the home page, when it is one of theirs. */
export function chosenInstitution(memberIds: number[]): number | undefined {
  const saved = Number(window.localStorage.getItem('practica.institution'))
  return memberIds.includes(saved) ? saved : undefined
}
