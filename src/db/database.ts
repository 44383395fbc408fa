import path from 'node:path'

import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded'
import { projectRoot } from '../lib/projectRoot'

export type DatabaseHandle = {
  url: string
  embedded: EmbeddedDatabase | null
  stop: () => Promise<void>
}

/**
 * DATABASE_URL wins; otherwise start the embedded cluster whose data lives in .data/postgres
 * (or a reachable fallback the banner names). The returned URL is also exported to the
 * environment so payload.config.ts and child processes see it.
 */
export async function openDatabase(options: { dataDir?: string; log?: (line: string) => void } = {}): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    return { embedded: null, stop: async () => undefined, url: process.env.DATABASE_URL }
  }
  const embedded = await startEmbeddedPostgres({
    database: 'practica',
    dataDir: options.dataDir ?? path.join(projectRoot, '.data', 'postgres'),
    onLog: options.log,
  })
  process.env.DATABASE_URL = embedded.url
  return { embedded, stop: embedded.stop, url: embedded.url }
}
