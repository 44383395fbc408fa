import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * xAPI statements waiting for the Learning Record Store (plugins/analytics/xapi): queued in the
 * transaction of the learning record they describe, sent by the xapiForward job. Not a Payload collection.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "analytics_xapi_outbox" (
      "id" uuid PRIMARY KEY NOT NULL,
      "user_id" integer REFERENCES "users"("id") ON DELETE cascade,
      "statement" jsonb NOT NULL,
      "stored_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
      "attempts" integer NOT NULL DEFAULT 0,
      "next_attempt_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
      "forwarded_at" timestamp(3) with time zone,
      "last_error" varchar
    );
    CREATE INDEX IF NOT EXISTS "analytics_xapi_outbox_due_idx" ON "analytics_xapi_outbox" USING btree ("next_attempt_at") WHERE "forwarded_at" IS NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "analytics_xapi_outbox";`)
}
