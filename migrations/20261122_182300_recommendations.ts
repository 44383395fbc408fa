import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * plugins/recommendations: per-learner mastery (BKT per subcategory), the spaced-repetition review queue
 * (FSRS cards), suggested topics with their dismissals, and the recompute queue. Not Payload collections:
 * only the plugin's SQL reads and writes them. They fill from new answers and the recompute job.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "rec_mastery" (
      "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade,
      "topic_id" integer NOT NULL REFERENCES "categories"("id") ON DELETE cascade,
      "category_id" integer NOT NULL REFERENCES "categories"("id") ON DELETE cascade,
      "p_known" double precision NOT NULL CHECK ("p_known" >= 0 AND "p_known" <= 1),
      "observations" integer NOT NULL DEFAULT 0,
      "correct" integer NOT NULL DEFAULT 0,
      "updated_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
      PRIMARY KEY ("user_id", "topic_id")
    );
    CREATE TABLE IF NOT EXISTS "rec_review_items" (
      "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade,
      "question_id" integer NOT NULL REFERENCES "questions"("id") ON DELETE cascade,
      "category_id" integer REFERENCES "categories"("id") ON DELETE set null,
      "due_at" timestamp(3) with time zone NOT NULL,
      "stability" double precision NOT NULL,
      "difficulty" double precision NOT NULL,
      "scheduled_days" integer NOT NULL,
      "learning_steps" integer NOT NULL DEFAULT 0,
      "reps" integer NOT NULL,
      "lapses" integer NOT NULL,
      "state" text NOT NULL CHECK ("state" IN ('new', 'learning', 'review', 'relearning')),
      "last_review" timestamp(3) with time zone,
      "last_rating" text NOT NULL CHECK ("last_rating" IN ('again', 'hard', 'good', 'easy')),
      "added_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
      PRIMARY KEY ("user_id", "question_id")
    );
    CREATE INDEX IF NOT EXISTS "rec_review_items_due_idx" ON "rec_review_items" USING btree ("user_id", "due_at");
    CREATE TABLE IF NOT EXISTS "rec_suggestions" (
      "id" serial PRIMARY KEY NOT NULL,
      "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade,
      "category_id" integer NOT NULL REFERENCES "categories"("id") ON DELETE cascade,
      "rank" integer NOT NULL,
      "reason_code" text NOT NULL,
      "score_percent" numeric(5, 1),
      "mastery_percent" integer NOT NULL,
      "due_count" integer NOT NULL DEFAULT 0,
      "computed_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
      "dismissed_at" timestamp(3) with time zone,
      "expires_at" timestamp(3) with time zone
    );
    CREATE UNIQUE INDEX IF NOT EXISTS "rec_suggestions_user_category_idx" ON "rec_suggestions" USING btree ("user_id", "category_id");
    CREATE TABLE IF NOT EXISTS "rec_learners" (
      "user_id" integer PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE cascade,
      "computed_at" timestamp(3) with time zone,
      "queued_at" timestamp(3) with time zone
    );
    CREATE INDEX IF NOT EXISTS "rec_learners_queued_idx" ON "rec_learners" USING btree ("queued_at") WHERE "queued_at" IS NOT NULL;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TABLE IF EXISTS "rec_learners";
    DROP TABLE IF EXISTS "rec_suggestions";
    DROP TABLE IF EXISTS "rec_review_items";
    DROP TABLE IF EXISTS "rec_mastery";
  `)
}
