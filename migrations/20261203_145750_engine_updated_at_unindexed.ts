import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The engine's session and response tables lose the index Payload puts on `updated_at`: every answer
 * rewrites that column, and with it indexed, no such update could be a HOT one (each wrote a new entry
 * into every index of the table). See src/fields/timestamps.ts.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "practice_sessions_updated_at_idx";
  DROP INDEX IF EXISTS "exam_sessions_updated_at_idx";
  DROP INDEX IF EXISTS "responses_updated_at_idx";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "practice_sessions_updated_at_idx" ON "practice_sessions" USING btree ("updated_at");
  CREATE INDEX IF NOT EXISTS "exam_sessions_updated_at_idx" ON "exam_sessions" USING btree ("updated_at");
  CREATE INDEX IF NOT EXISTS "responses_updated_at_idx" ON "responses" USING btree ("updated_at");`)
}
