import { mailOutboxDir } from '../email/adapter'
import type { DatabaseHandle } from '../db/database'
import { DEMO_PASSWORD, demoUsers } from '../../seed/users'

/** What a person needs after `npm start`: where things are and how to sign in. */
export function banner({ database, origin, seeded }: { database: DatabaseHandle; origin: string; seeded: boolean }): string {
  const embedded = database.embedded
  const dbLine = embedded
    ? `embedded PostgreSQL ${embedded.version.replace(/-beta.*$/, "")} on 127.0.0.1:${embedded.port}, data in ${embedded.dataDir}` +
      (embedded.relocated ? `\n                 (the checkout is not reachable by the database's OS user, so the data lives there instead)` : '')
    : `DATABASE_URL (${database.url.replace(/\/\/[^@]*@/, '//***@')})`
  const mail = process.env.SMTP_HOST ? `SMTP ${process.env.SMTP_HOST}:${process.env.SMTP_PORT ?? 587}` : `no SMTP configured: mail is written to ${mailOutboxDir()}`
  const width = Math.max(...demoUsers.map((u) => u.email.length))
  const logins = demoUsers
    .map((u) => {
      const roles = u.platformAdmin ? 'platform admin' : u.memberships.map((m) => `${m.roles.join(', ')} @ ${m.institution}`).join('; ')
      return `    ${u.email.padEnd(width)}  ${roles}`
    })
    .join('\n')
  return `
  Practica is running${seeded ? ' (demo data seeded)' : ''}

    Learner app   ${origin}/
    Admin UI      ${origin}/admin
    REST API      ${origin}/api/v1   (health: ${origin}/api/v1/health)
    GraphQL       ${origin}/api/v1/graphql
    Database      ${dbLine}
    Email         ${mail}

  Demo logins (password for all: ${DEMO_PASSWORD}):
${logins}

  Press Ctrl+C to stop.
`
}
