import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import { getSafeRedirect } from 'payload/shared'
import React from 'react'

import { SignInForm } from './SignInForm'

/**
 * The admin sign-in page: Payload's email and password, then — for staff with two-step sign-in — the
 * code from their authenticator app (or a recovery code), or, when their role requires it and they
 * have not set it up, enrolment on the spot. Replaces Payload's own login view (admin.components.views.login).
 */
export function SignInView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { routes } = req.payload.config
  const redirectTo = getSafeRedirect({ fallbackTo: routes.admin, redirectTo: typeof searchParams?.redirect === 'string' ? searchParams.redirect : '' })
  if (req.user) redirect(redirectTo)
  return (
    <>
      <div className="login__brand">
        <span className="practica-brand">Practica</span>
      </div>
      <SignInForm api={routes.api} forgotHref={`${routes.admin}${req.payload.config.admin.routes.forgot}`} redirectTo={redirectTo} />
    </>
  )
}
