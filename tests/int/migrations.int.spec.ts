import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'
import { poolOf } from '../../src/db/sql'
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

describe('the schema of the engine tables', () => {
  // Columns the answer path rewrites on every answer (session totals, a response's flag and timing).
  const REWRITTEN = { practice_sessions: ['answered', 'correct', 'score', 'time_spent_sec', 'updated_at'], responses: ['flagged', 'time_spent_sec', 'updated_at'] }

  it('indexes none of the columns every answer rewrites, so those updates stay HOT (no write into every index)', async () => {
    const { rows } = await poolOf(payload).query<{ tbl: string; index: string; col: string }>(
      `select t.relname as tbl, i.relname as index, a.attname as col
         from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
         join pg_attribute a on a.attrelid = t.oid and a.attnum = any(x.indkey)
        where t.relname = any($1::text[])`,
      [Object.keys(REWRITTEN)],
    )
    expect(rows.length, 'the engine tables have indexes').toBeGreaterThan(5)
    const offending = rows.filter((r) => REWRITTEN[r.tbl as keyof typeof REWRITTEN].includes(r.col)).map((r) => `${r.index} (${r.col})`)
    expect(offending).toEqual([])
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
