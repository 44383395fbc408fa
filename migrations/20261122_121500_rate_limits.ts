import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Rate-limit counters shared by every app instance (src/security/rateLimit.ts). Not a Payload
 * collection: nothing reads it but the limiter. Unlogged: counters need no crash durability.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE UNLOGGED TABLE IF NOT EXISTS "practica_rate_limits" (
      "key" varchar PRIMARY KEY NOT NULL,
      "hits" integer NOT NULL,
      "reset_at" timestamp(3) with time zone NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "practica_rate_limits_reset_at_idx" ON "practica_rate_limits" USING btree ("reset_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "practica_rate_limits";`)
}
