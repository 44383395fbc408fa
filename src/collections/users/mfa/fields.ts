import type { Field } from 'payload'

const nobody = () => false

/** The hidden parts, which no export, log or response may carry. */
export const MFA_SECRET_FIELDS = ['mfaSecret', 'mfaPendingSecret', 'mfaRecoveryCodes', 'mfaLastStep'] as const

/**
 * Two-step sign-in state. Only `mfaEnabled` is ever readable; the seed (sealed), the pending seed of an
 * enrolment in progress, the recovery-code hashes and the last accepted time step are hidden from
 * every API and changed only by the endpoints in ./endpoints.ts.
 */
export const mfaFields: Field[] = [
  {
    name: 'mfaEnabled',
    type: 'checkbox',
    defaultValue: false,
    label: 'Two-step sign-in',
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      components: { Field: '/src/collections/users/mfa/admin/MfaSettings#MfaSettings' },
    },
  },
  { name: 'mfaSecret', type: 'text', hidden: true },
  { name: 'mfaPendingSecret', type: 'text', hidden: true },
  { name: 'mfaRecoveryCodes', type: 'json', hidden: true },
  { name: 'mfaLastStep', type: 'number', hidden: true },
]
