import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** Which job ran each scheduled slot of each task (src/jobs/oncePerSlot.ts): several instances, one run. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "practica_job_slots" (
      "task" text NOT NULL,
      "slot" timestamp(3) with time zone NOT NULL,
      "job_id" text NOT NULL,
      "claimed_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
      PRIMARY KEY ("task", "slot")
    );
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "practica_job_slots";`)
}
