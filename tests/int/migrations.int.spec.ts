import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'
import { getTestApp } from '../helpers/app'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }> | { version: string }
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

let payload: Payload
beforeAll(async () => {
  payload = await getTestApp()
})

describe('committed migrations', () => {
  it('match the config: creating a new migration would find no change', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown; migrationDir: string }
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const after = await generateDrizzleJson(db.schema)
    const latest = fs.readdirSync(db.migrationDir).filter((f) => f.endsWith('.json')).sort().at(-1)
    expect(latest, 'migrations/ holds no snapshot').toBeDefined()
    let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest!), 'utf8'))
    if (upSnapshot && before.version < after.version) before = upSnapshot(before)
    const statements = await generateMigration(before, after)
    expect(statements, 'run `npm run migrate:create -- <name>` and commit the result').toEqual([])
  })

  it('are all registered in migrations/index.ts and applied to the test database', async () => {
    const files = fs.readdirSync(path.resolve('migrations')).filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''))
    expect(migrations.map((m) => m.name).sort()).toEqual(files.sort())
    const applied = await payload.find({ collection: 'payload-migrations', limit: 0, overrideAccess: true })
    expect(applied.docs.map((d) => d.name).sort()).toEqual(files.sort())
  })
})

describe('generated files', () => {
  it('the committed admin import map lists every component the config references (a stale one renders the admin blank)', async () => {
    const file = path.resolve('src/app/(payload)/admin/importMap.js')
    const committed = fs.readFileSync(file, 'utf8')
    try {
      await generateImportMap(payload.config, { log: false })
      expect(fs.readFileSync(file, 'utf8'), 'run `npm run generate:importmap` and commit the result').toBe(committed)
    } finally {
      fs.writeFileSync(file, committed)
    }
  })
})
