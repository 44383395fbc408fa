import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_questions_type" AS ENUM('sba', 'multiple-response', 'true-false', 'emq', 'short-answer', 'numerical');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__questions_v_version_type" AS ENUM('sba', 'multiple-response', 'true-false', 'emq', 'short-answer', 'numerical');
  CREATE TYPE "public"."enum__questions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_question_imports_format" AS ENUM('gift', 'aiken', 'moodle-xml', 'csv', 'json');
  CREATE TYPE "public"."enum_question_imports_status" AS ENUM('queued', 'running', 'completed', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importQuestions');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importQuestions');
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"parent_id" integer,
  	"order" numeric DEFAULT 0,
  	"description" varchar,
  	"path" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tags" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "competencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"framework" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_emq_stems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"prompt" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"text" varchar,
  	"is_correct" boolean DEFAULT false,
  	"fraction" numeric,
  	"feedback" varchar
  );
  
  CREATE TABLE "questions_accepted_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"fraction" numeric DEFAULT 1,
  	"feedback" varchar
  );
  
  CREATE TABLE "questions_numerical_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"tolerance" numeric DEFAULT 0,
  	"min" numeric,
  	"max" numeric,
  	"fraction" numeric DEFAULT 1,
  	"feedback" varchar
  );
  
  CREATE TABLE "questions_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"institution_id" integer,
  	"title" varchar,
  	"stem_text" varchar,
  	"type" "enum_questions_type" DEFAULT 'sba',
  	"stem" jsonb,
  	"emq_theme" varchar,
  	"case_sensitive" boolean DEFAULT false,
  	"unit" varchar,
  	"explanation" jsonb,
  	"difficulty" numeric DEFAULT 3,
  	"category_id" integer,
  	"subcategory_id" integer,
  	"shared" boolean DEFAULT false,
  	"external_id" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_questions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"tags_id" integer,
  	"competencies_id" integer
  );
  
  CREATE TABLE "_questions_v_version_emq_stems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"prompt" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_questions_v_version_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"text" varchar,
  	"is_correct" boolean DEFAULT false,
  	"fraction" numeric,
  	"feedback" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_questions_v_version_accepted_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"fraction" numeric DEFAULT 1,
  	"feedback" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_questions_v_version_numerical_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"tolerance" numeric DEFAULT 0,
  	"min" numeric,
  	"max" numeric,
  	"fraction" numeric DEFAULT 1,
  	"feedback" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_questions_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_questions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_institution_id" integer,
  	"version_title" varchar,
  	"version_stem_text" varchar,
  	"version_type" "enum__questions_v_version_type" DEFAULT 'sba',
  	"version_stem" jsonb,
  	"version_emq_theme" varchar,
  	"version_case_sensitive" boolean DEFAULT false,
  	"version_unit" varchar,
  	"version_explanation" jsonb,
  	"version_difficulty" numeric DEFAULT 3,
  	"version_category_id" integer,
  	"version_subcategory_id" integer,
  	"version_shared" boolean DEFAULT false,
  	"version_external_id" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__questions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_questions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"tags_id" integer,
  	"competencies_id" integer
  );
  
  CREATE TABLE "question_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"format" "enum_question_imports_format" NOT NULL,
  	"dry_run" boolean DEFAULT false,
  	"institution_id" integer NOT NULL,
  	"requested_by_id" integer,
  	"status" "enum_question_imports_status" DEFAULT 'queued',
  	"processed" numeric DEFAULT 0,
  	"created" numeric DEFAULT 0,
  	"updated" numeric DEFAULT 0,
  	"skipped" numeric DEFAULT 0,
  	"invalid" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"error" varchar,
  	"report" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tags_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "competencies_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "question_imports_id" integer;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_emq_stems" ADD CONSTRAINT "questions_emq_stems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_options" ADD CONSTRAINT "questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_accepted_answers" ADD CONSTRAINT "questions_accepted_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_numerical_answers" ADD CONSTRAINT "questions_numerical_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_references" ADD CONSTRAINT "questions_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_subcategory_id_categories_id_fk" FOREIGN KEY ("subcategory_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_competencies_fk" FOREIGN KEY ("competencies_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_emq_stems" ADD CONSTRAINT "_questions_v_version_emq_stems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_options" ADD CONSTRAINT "_questions_v_version_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_accepted_answers" ADD CONSTRAINT "_questions_v_version_accepted_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_numerical_answers" ADD CONSTRAINT "_questions_v_version_numerical_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_references" ADD CONSTRAINT "_questions_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_parent_id_questions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_institution_id_institutions_id_fk" FOREIGN KEY ("version_institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_subcategory_id_categories_id_fk" FOREIGN KEY ("version_subcategory_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_competencies_fk" FOREIGN KEY ("competencies_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "question_imports" ADD CONSTRAINT "question_imports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "question_imports" ADD CONSTRAINT "question_imports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");
  CREATE UNIQUE INDEX "categories_path_idx" ON "categories" USING btree ("path");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "tags_name_idx" ON "tags" USING btree ("name");
  CREATE UNIQUE INDEX "tags_slug_idx" ON "tags" USING btree ("slug");
  CREATE INDEX "tags_updated_at_idx" ON "tags" USING btree ("updated_at");
  CREATE INDEX "tags_created_at_idx" ON "tags" USING btree ("created_at");
  CREATE UNIQUE INDEX "competencies_code_idx" ON "competencies" USING btree ("code");
  CREATE INDEX "competencies_updated_at_idx" ON "competencies" USING btree ("updated_at");
  CREATE INDEX "competencies_created_at_idx" ON "competencies" USING btree ("created_at");
  CREATE INDEX "questions_emq_stems_order_idx" ON "questions_emq_stems" USING btree ("_order");
  CREATE INDEX "questions_emq_stems_parent_id_idx" ON "questions_emq_stems" USING btree ("_parent_id");
  CREATE INDEX "questions_options_order_idx" ON "questions_options" USING btree ("_order");
  CREATE INDEX "questions_options_parent_id_idx" ON "questions_options" USING btree ("_parent_id");
  CREATE INDEX "questions_accepted_answers_order_idx" ON "questions_accepted_answers" USING btree ("_order");
  CREATE INDEX "questions_accepted_answers_parent_id_idx" ON "questions_accepted_answers" USING btree ("_parent_id");
  CREATE INDEX "questions_numerical_answers_order_idx" ON "questions_numerical_answers" USING btree ("_order");
  CREATE INDEX "questions_numerical_answers_parent_id_idx" ON "questions_numerical_answers" USING btree ("_parent_id");
  CREATE INDEX "questions_references_order_idx" ON "questions_references" USING btree ("_order");
  CREATE INDEX "questions_references_parent_id_idx" ON "questions_references" USING btree ("_parent_id");
  CREATE INDEX "questions_institution_idx" ON "questions" USING btree ("institution_id");
  CREATE INDEX "questions_title_idx" ON "questions" USING btree ("title");
  CREATE INDEX "questions_type_idx" ON "questions" USING btree ("type");
  CREATE INDEX "questions_difficulty_idx" ON "questions" USING btree ("difficulty");
  CREATE INDEX "questions_category_idx" ON "questions" USING btree ("category_id");
  CREATE INDEX "questions_subcategory_idx" ON "questions" USING btree ("subcategory_id");
  CREATE INDEX "questions_shared_idx" ON "questions" USING btree ("shared");
  CREATE INDEX "questions_external_id_idx" ON "questions" USING btree ("external_id");
  CREATE INDEX "questions_created_by_idx" ON "questions" USING btree ("created_by_id");
  CREATE INDEX "questions_updated_by_idx" ON "questions" USING btree ("updated_by_id");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions__status_idx" ON "questions" USING btree ("_status");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_media_id_idx" ON "questions_rels" USING btree ("media_id");
  CREATE INDEX "questions_rels_tags_id_idx" ON "questions_rels" USING btree ("tags_id");
  CREATE INDEX "questions_rels_competencies_id_idx" ON "questions_rels" USING btree ("competencies_id");
  CREATE INDEX "_questions_v_version_emq_stems_order_idx" ON "_questions_v_version_emq_stems" USING btree ("_order");
  CREATE INDEX "_questions_v_version_emq_stems_parent_id_idx" ON "_questions_v_version_emq_stems" USING btree ("_parent_id");
  CREATE INDEX "_questions_v_version_options_order_idx" ON "_questions_v_version_options" USING btree ("_order");
  CREATE INDEX "_questions_v_version_options_parent_id_idx" ON "_questions_v_version_options" USING btree ("_parent_id");
  CREATE INDEX "_questions_v_version_accepted_answers_order_idx" ON "_questions_v_version_accepted_answers" USING btree ("_order");
  CREATE INDEX "_questions_v_version_accepted_answers_parent_id_idx" ON "_questions_v_version_accepted_answers" USING btree ("_parent_id");
  CREATE INDEX "_questions_v_version_numerical_answers_order_idx" ON "_questions_v_version_numerical_answers" USING btree ("_order");
  CREATE INDEX "_questions_v_version_numerical_answers_parent_id_idx" ON "_questions_v_version_numerical_answers" USING btree ("_parent_id");
  CREATE INDEX "_questions_v_version_references_order_idx" ON "_questions_v_version_references" USING btree ("_order");
  CREATE INDEX "_questions_v_version_references_parent_id_idx" ON "_questions_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_questions_v_parent_idx" ON "_questions_v" USING btree ("parent_id");
  CREATE INDEX "_questions_v_version_version_institution_idx" ON "_questions_v" USING btree ("version_institution_id");
  CREATE INDEX "_questions_v_version_version_title_idx" ON "_questions_v" USING btree ("version_title");
  CREATE INDEX "_questions_v_version_version_type_idx" ON "_questions_v" USING btree ("version_type");
  CREATE INDEX "_questions_v_version_version_difficulty_idx" ON "_questions_v" USING btree ("version_difficulty");
  CREATE INDEX "_questions_v_version_version_category_idx" ON "_questions_v" USING btree ("version_category_id");
  CREATE INDEX "_questions_v_version_version_subcategory_idx" ON "_questions_v" USING btree ("version_subcategory_id");
  CREATE INDEX "_questions_v_version_version_shared_idx" ON "_questions_v" USING btree ("version_shared");
  CREATE INDEX "_questions_v_version_version_external_id_idx" ON "_questions_v" USING btree ("version_external_id");
  CREATE INDEX "_questions_v_version_version_created_by_idx" ON "_questions_v" USING btree ("version_created_by_id");
  CREATE INDEX "_questions_v_version_version_updated_by_idx" ON "_questions_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_questions_v_version_version_updated_at_idx" ON "_questions_v" USING btree ("version_updated_at");
  CREATE INDEX "_questions_v_version_version_created_at_idx" ON "_questions_v" USING btree ("version_created_at");
  CREATE INDEX "_questions_v_version_version__status_idx" ON "_questions_v" USING btree ("version__status");
  CREATE INDEX "_questions_v_created_at_idx" ON "_questions_v" USING btree ("created_at");
  CREATE INDEX "_questions_v_updated_at_idx" ON "_questions_v" USING btree ("updated_at");
  CREATE INDEX "_questions_v_latest_idx" ON "_questions_v" USING btree ("latest");
  CREATE INDEX "_questions_v_rels_order_idx" ON "_questions_v_rels" USING btree ("order");
  CREATE INDEX "_questions_v_rels_parent_idx" ON "_questions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_questions_v_rels_path_idx" ON "_questions_v_rels" USING btree ("path");
  CREATE INDEX "_questions_v_rels_media_id_idx" ON "_questions_v_rels" USING btree ("media_id");
  CREATE INDEX "_questions_v_rels_tags_id_idx" ON "_questions_v_rels" USING btree ("tags_id");
  CREATE INDEX "_questions_v_rels_competencies_id_idx" ON "_questions_v_rels" USING btree ("competencies_id");
  CREATE INDEX "question_imports_institution_idx" ON "question_imports" USING btree ("institution_id");
  CREATE INDEX "question_imports_requested_by_idx" ON "question_imports" USING btree ("requested_by_id");
  CREATE INDEX "question_imports_status_idx" ON "question_imports" USING btree ("status");
  CREATE INDEX "question_imports_updated_at_idx" ON "question_imports" USING btree ("updated_at");
  CREATE INDEX "question_imports_created_at_idx" ON "question_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "question_imports_filename_idx" ON "question_imports" USING btree ("filename");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tags_fk" FOREIGN KEY ("tags_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competencies_fk" FOREIGN KEY ("competencies_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_question_imports_fk" FOREIGN KEY ("question_imports_id") REFERENCES "public"."question_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_tags_id_idx" ON "payload_locked_documents_rels" USING btree ("tags_id");
  CREATE INDEX "payload_locked_documents_rels_competencies_id_idx" ON "payload_locked_documents_rels" USING btree ("competencies_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_question_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("question_imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "competencies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_emq_stems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_accepted_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_numerical_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_emq_stems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_accepted_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_numerical_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "question_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "tags" CASCADE;
  DROP TABLE "competencies" CASCADE;
  DROP TABLE "questions_emq_stems" CASCADE;
  DROP TABLE "questions_options" CASCADE;
  DROP TABLE "questions_accepted_answers" CASCADE;
  DROP TABLE "questions_numerical_answers" CASCADE;
  DROP TABLE "questions_references" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "_questions_v_version_emq_stems" CASCADE;
  DROP TABLE "_questions_v_version_options" CASCADE;
  DROP TABLE "_questions_v_version_accepted_answers" CASCADE;
  DROP TABLE "_questions_v_version_numerical_answers" CASCADE;
  DROP TABLE "_questions_v_version_references" CASCADE;
  DROP TABLE "_questions_v" CASCADE;
  DROP TABLE "_questions_v_rels" CASCADE;
  DROP TABLE "question_imports" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tags_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_competencies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_question_imports_fk";
  
  DROP INDEX "payload_locked_documents_rels_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_tags_id_idx";
  DROP INDEX "payload_locked_documents_rels_competencies_id_idx";
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_question_imports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tags_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "competencies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "question_imports_id";
  DROP TYPE "public"."enum_questions_type";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum__questions_v_version_type";
  DROP TYPE "public"."enum__questions_v_version_status";
  DROP TYPE "public"."enum_question_imports_format";
  DROP TYPE "public"."enum_question_imports_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
