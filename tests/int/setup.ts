import os from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'

import { startMailbox } from '../helpers/mailbox'

// Point the app at the run's database and at a real SMTP server on loopback before the config loads.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ??= 'practica-integration-tests'
process.env.LOG_LEVEL ??= 'warn'
process.env.PRACTICA_JOBS_AUTORUN = 'false'
// Every request of a suite comes from one address: limits are scaled up, except where a test sets them (rate-limits.int.spec.ts).
process.env.PRACTICA_RATE_LIMIT_SCALE = '1000'
process.env.MEDIA_DIR ??= path.join(os.tmpdir(), `practica-int-media-${process.pid}`)
const mailbox = await startMailbox()
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String(mailbox.port)
process.env.SMTP_IGNORE_TLS = 'true'
;(globalThis as { __mailbox?: typeof mailbox }).__mailbox = mailbox
