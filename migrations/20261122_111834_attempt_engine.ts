import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_exam_templates_selection" AS ENUM('fixed', 'blueprint');
  CREATE TYPE "public"."enum_exam_templates_review_policy" AS ENUM('immediate', 'after-window', 'never');
  CREATE TYPE "public"."enum_exam_templates_scoring_mode" AS ENUM('all-or-nothing', 'partial');
  CREATE TYPE "public"."enum_practice_sessions_status" AS ENUM('open', 'completed');
  CREATE TYPE "public"."enum_exam_sessions_status" AS ENUM('open', 'submitted');
  CREATE TYPE "public"."enum_responses_kind" AS ENUM('practice', 'exam');
  CREATE TYPE "public"."enum_responses_confidence" AS ENUM('low', 'medium', 'high');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'engineHousekeeping';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'engineHousekeeping';
  CREATE TABLE "exam_templates_blueprint" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category_id" integer,
  	"subcategory_id" integer,
  	"difficulty" numeric,
  	"count" numeric DEFAULT 10
  );
  
  CREATE TABLE "exam_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"institution_id" integer,
  	"name" varchar NOT NULL,
  	"paper" varchar,
  	"duration_minutes" numeric DEFAULT 180 NOT NULL,
  	"total_questions" numeric,
  	"description" varchar,
  	"active" boolean DEFAULT true,
  	"shared" boolean DEFAULT false,
  	"selection" "enum_exam_templates_selection" DEFAULT 'fixed' NOT NULL,
  	"attempt_limit" numeric DEFAULT 0,
  	"pass_mark" numeric,
  	"shuffle_questions" boolean DEFAULT false,
  	"shuffle_options" boolean DEFAULT false,
  	"available_from" timestamp(3) with time zone,
  	"available_until" timestamp(3) with time zone,
  	"review_policy" "enum_exam_templates_review_policy" DEFAULT 'immediate' NOT NULL,
  	"scoring_mode" "enum_exam_templates_scoring_mode" DEFAULT 'all-or-nothing' NOT NULL,
  	"scoring_negative_marking" numeric DEFAULT 0,
  	"scoring_certainty_based" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "exam_templates_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"questions_id" integer
  );
  
  CREATE TABLE "practice_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"institution_id" integer,
  	"user_id" integer NOT NULL,
  	"status" "enum_practice_sessions_status" DEFAULT 'open' NOT NULL,
  	"seed" varchar,
  	"question_ids" jsonb,
  	"question_versions" jsonb,
  	"question_count" numeric DEFAULT 0,
  	"answered" numeric DEFAULT 0,
  	"correct" numeric DEFAULT 0,
  	"score_percent" numeric,
  	"score" numeric DEFAULT 0,
  	"max_score" numeric DEFAULT 0,
  	"time_spent_sec" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"config" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "exam_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"institution_id" integer,
  	"user_id" integer NOT NULL,
  	"status" "enum_exam_sessions_status" DEFAULT 'open' NOT NULL,
  	"seed" varchar,
  	"question_ids" jsonb,
  	"question_versions" jsonb,
  	"question_count" numeric DEFAULT 0,
  	"answered" numeric DEFAULT 0,
  	"correct" numeric DEFAULT 0,
  	"score_percent" numeric,
  	"score" numeric DEFAULT 0,
  	"max_score" numeric DEFAULT 0,
  	"time_spent_sec" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"template_id" integer NOT NULL,
  	"attempt_number" numeric,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"auto_submitted" boolean DEFAULT false,
  	"passed" boolean,
  	"duration_sec" numeric,
  	"option_order" jsonb,
  	"policy" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"institution_id" integer,
  	"slot" varchar NOT NULL,
  	"kind" "enum_responses_kind" NOT NULL,
  	"practice_session_id" integer,
  	"exam_session_id" integer,
  	"user_id" integer NOT NULL,
  	"question_id" integer,
  	"question_version" numeric NOT NULL,
  	"category_id" integer,
  	"subcategory_id" integer,
  	"response" jsonb,
  	"answered" boolean DEFAULT false,
  	"is_correct" boolean DEFAULT false,
  	"score" numeric DEFAULT 0,
  	"max_score" numeric DEFAULT 1,
  	"flagged" boolean DEFAULT false,
  	"confidence" "enum_responses_confidence",
  	"time_spent_sec" numeric DEFAULT 0,
  	"answered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "idempotency_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope" varchar NOT NULL,
  	"user_id" integer NOT NULL,
  	"route" varchar NOT NULL,
  	"request_hash" varchar NOT NULL,
  	"status" numeric,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "exam_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "practice_sessions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "exam_sessions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "responses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "idempotency_keys_id" integer;
  ALTER TABLE "exam_templates_blueprint" ADD CONSTRAINT "exam_templates_blueprint_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_templates_blueprint" ADD CONSTRAINT "exam_templates_blueprint_subcategory_id_categories_id_fk" FOREIGN KEY ("subcategory_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_templates_blueprint" ADD CONSTRAINT "exam_templates_blueprint_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exam_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exam_templates" ADD CONSTRAINT "exam_templates_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_templates_rels" ADD CONSTRAINT "exam_templates_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exam_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exam_templates_rels" ADD CONSTRAINT "exam_templates_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_template_id_exam_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."exam_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_practice_session_id_practice_sessions_id_fk" FOREIGN KEY ("practice_session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_exam_session_id_exam_sessions_id_fk" FOREIGN KEY ("exam_session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "responses" ADD CONSTRAINT "responses_subcategory_id_categories_id_fk" FOREIGN KEY ("subcategory_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "exam_templates_blueprint_order_idx" ON "exam_templates_blueprint" USING btree ("_order");
  CREATE INDEX "exam_templates_blueprint_parent_id_idx" ON "exam_templates_blueprint" USING btree ("_parent_id");
  CREATE INDEX "exam_templates_blueprint_category_idx" ON "exam_templates_blueprint" USING btree ("category_id");
  CREATE INDEX "exam_templates_blueprint_subcategory_idx" ON "exam_templates_blueprint" USING btree ("subcategory_id");
  CREATE INDEX "exam_templates_institution_idx" ON "exam_templates" USING btree ("institution_id");
  CREATE INDEX "exam_templates_active_idx" ON "exam_templates" USING btree ("active");
  CREATE INDEX "exam_templates_updated_at_idx" ON "exam_templates" USING btree ("updated_at");
  CREATE INDEX "exam_templates_created_at_idx" ON "exam_templates" USING btree ("created_at");
  CREATE INDEX "exam_templates_rels_order_idx" ON "exam_templates_rels" USING btree ("order");
  CREATE INDEX "exam_templates_rels_parent_idx" ON "exam_templates_rels" USING btree ("parent_id");
  CREATE INDEX "exam_templates_rels_path_idx" ON "exam_templates_rels" USING btree ("path");
  CREATE INDEX "exam_templates_rels_questions_id_idx" ON "exam_templates_rels" USING btree ("questions_id");
  CREATE INDEX "practice_sessions_institution_idx" ON "practice_sessions" USING btree ("institution_id");
  CREATE INDEX "practice_sessions_user_idx" ON "practice_sessions" USING btree ("user_id");
  CREATE INDEX "practice_sessions_status_idx" ON "practice_sessions" USING btree ("status");
  CREATE INDEX "practice_sessions_started_at_idx" ON "practice_sessions" USING btree ("started_at");
  CREATE INDEX "practice_sessions_updated_at_idx" ON "practice_sessions" USING btree ("updated_at");
  CREATE INDEX "practice_sessions_created_at_idx" ON "practice_sessions" USING btree ("created_at");
  CREATE INDEX "exam_sessions_institution_idx" ON "exam_sessions" USING btree ("institution_id");
  CREATE INDEX "exam_sessions_user_idx" ON "exam_sessions" USING btree ("user_id");
  CREATE INDEX "exam_sessions_status_idx" ON "exam_sessions" USING btree ("status");
  CREATE INDEX "exam_sessions_started_at_idx" ON "exam_sessions" USING btree ("started_at");
  CREATE INDEX "exam_sessions_template_idx" ON "exam_sessions" USING btree ("template_id");
  CREATE INDEX "exam_sessions_deadline_idx" ON "exam_sessions" USING btree ("deadline");
  CREATE INDEX "exam_sessions_updated_at_idx" ON "exam_sessions" USING btree ("updated_at");
  CREATE INDEX "exam_sessions_created_at_idx" ON "exam_sessions" USING btree ("created_at");
  CREATE INDEX "user_template_idx" ON "exam_sessions" USING btree ("user_id","template_id");
  CREATE INDEX "responses_institution_idx" ON "responses" USING btree ("institution_id");
  CREATE UNIQUE INDEX "responses_slot_idx" ON "responses" USING btree ("slot");
  CREATE INDEX "responses_kind_idx" ON "responses" USING btree ("kind");
  CREATE INDEX "responses_practice_session_idx" ON "responses" USING btree ("practice_session_id");
  CREATE INDEX "responses_exam_session_idx" ON "responses" USING btree ("exam_session_id");
  CREATE INDEX "responses_user_idx" ON "responses" USING btree ("user_id");
  CREATE INDEX "responses_question_idx" ON "responses" USING btree ("question_id");
  CREATE INDEX "responses_category_idx" ON "responses" USING btree ("category_id");
  CREATE INDEX "responses_subcategory_idx" ON "responses" USING btree ("subcategory_id");
  CREATE INDEX "responses_answered_at_idx" ON "responses" USING btree ("answered_at");
  CREATE INDEX "responses_updated_at_idx" ON "responses" USING btree ("updated_at");
  CREATE INDEX "responses_created_at_idx" ON "responses" USING btree ("created_at");
  CREATE INDEX "user_question_answeredAt_idx" ON "responses" USING btree ("user_id","question_id","answered_at");
  CREATE UNIQUE INDEX "idempotency_keys_scope_idx" ON "idempotency_keys" USING btree ("scope");
  CREATE INDEX "idempotency_keys_user_idx" ON "idempotency_keys" USING btree ("user_id");
  CREATE INDEX "idempotency_keys_updated_at_idx" ON "idempotency_keys" USING btree ("updated_at");
  CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exam_templates_fk" FOREIGN KEY ("exam_templates_id") REFERENCES "public"."exam_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practice_sessions_fk" FOREIGN KEY ("practice_sessions_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exam_sessions_fk" FOREIGN KEY ("exam_sessions_id") REFERENCES "public"."exam_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_responses_fk" FOREIGN KEY ("responses_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_idempotency_keys_fk" FOREIGN KEY ("idempotency_keys_id") REFERENCES "public"."idempotency_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_exam_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("exam_templates_id");
  CREATE INDEX "payload_locked_documents_rels_practice_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("practice_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_exam_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("exam_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("responses_id");
  CREATE INDEX "payload_locked_documents_rels_idempotency_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("idempotency_keys_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "exam_templates_blueprint" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exam_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exam_templates_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practice_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exam_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "responses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "idempotency_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "exam_templates_blueprint" CASCADE;
  DROP TABLE "exam_templates" CASCADE;
  DROP TABLE "exam_templates_rels" CASCADE;
  DROP TABLE "practice_sessions" CASCADE;
  DROP TABLE "exam_sessions" CASCADE;
  DROP TABLE "responses" CASCADE;
  DROP TABLE "idempotency_keys" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_exam_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_practice_sessions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_exam_sessions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_responses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_idempotency_keys_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importQuestions');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importQuestions');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_exam_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_practice_sessions_id_idx";
  DROP INDEX "payload_locked_documents_rels_exam_sessions_id_idx";
  DROP INDEX "payload_locked_documents_rels_responses_id_idx";
  DROP INDEX "payload_locked_documents_rels_idempotency_keys_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "exam_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "practice_sessions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "exam_sessions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "responses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "idempotency_keys_id";
  DROP TYPE "public"."enum_exam_templates_selection";
  DROP TYPE "public"."enum_exam_templates_review_policy";
  DROP TYPE "public"."enum_exam_templates_scoring_mode";
  DROP TYPE "public"."enum_practice_sessions_status";
  DROP TYPE "public"."enum_exam_sessions_status";
  DROP TYPE "public"."enum_responses_kind";
  DROP TYPE "public"."enum_responses_confidence";`)
}
