import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_logs_action" ADD VALUE 'mfa-change';
  ALTER TABLE "users" ADD COLUMN "mfa_enabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "mfa_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "mfa_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "mfa_recovery_codes" jsonb;
  ALTER TABLE "users" ADD COLUMN "mfa_last_step" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Entries of an action the older schema does not know cannot be kept by it.
  await db.execute(sql`
   DELETE FROM "audit_logs" WHERE "action" = 'mfa-change';
   ALTER TABLE "audit_logs" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_logs_action";
  CREATE TYPE "public"."enum_audit_logs_action" AS ENUM('create', 'update', 'delete', 'publish', 'role-change', 'sign-in', 'sign-in-failed', 'practice-started', 'practice-completed', 'exam-started', 'exam-submitted', 'erasure');
  ALTER TABLE "audit_logs" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_logs_action" USING "action"::"public"."enum_audit_logs_action";
  ALTER TABLE "users" DROP COLUMN "mfa_enabled";
  ALTER TABLE "users" DROP COLUMN "mfa_secret";
  ALTER TABLE "users" DROP COLUMN "mfa_pending_secret";
  ALTER TABLE "users" DROP COLUMN "mfa_recovery_codes";
  ALTER TABLE "users" DROP COLUMN "mfa_last_step";`)
}
