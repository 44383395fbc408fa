import type { TestProject } from 'vitest/node'

import { createTestDatabase } from '../helpers/testDatabase'

/** One real PostgreSQL database for the integration run; migrations are applied by the first file's setup. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('int')
  project.provide('databaseUrl', database.url)
  return async () => database.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}
