import path from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { projectRoot } from '@/lib/projectRoot'
import { outboxTransport } from './outboxTransport'

export const mailOutboxDir = (): string => process.env.MAIL_OUTBOX_DIR ?? path.join(projectRoot, '.data', 'mail')

/** SMTP from SMTP_* env when SMTP_HOST is set; otherwise an outbox folder of .eml files. */
export function emailAdapter() {
  const from = {
    defaultFromAddress: process.env.SMTP_FROM ?? 'no-reply@practica.local',
    defaultFromName: process.env.SMTP_FROM_NAME ?? 'Practica',
  }
  if (process.env.SMTP_HOST) {
    const user = process.env.SMTP_USER
    return nodemailerAdapter({
      ...from,
      skipVerify: process.env.SMTP_SKIP_VERIFY === 'true',
      transportOptions: {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT ?? 587),
        secure: process.env.SMTP_SECURE === 'true',
        ignoreTLS: process.env.SMTP_IGNORE_TLS === 'true',
        auth: user ? { user, pass: process.env.SMTP_PASS ?? '' } : undefined,
      },
    })
  }
  return nodemailerAdapter({ ...from, skipVerify: true, transport: outboxTransport(mailOutboxDir()) })
}
