import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** Per-question quality across every submitted exam sitting (plugins/analytics/items/quality.ts), shown in the admin question list. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "analytics_question_quality" (
      "question_id" integer PRIMARY KEY NOT NULL REFERENCES "questions"("id") ON DELETE cascade,
      "sittings" integer NOT NULL,
      "facility" double precision,
      "discrimination_index" double precision,
      "flags" varchar[] NOT NULL DEFAULT '{}',
      "computed_at" timestamp(3) with time zone NOT NULL DEFAULT now()
    );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "analytics_question_quality";`)
}
