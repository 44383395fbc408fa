import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Learner, question and exam-template aggregates kept by plugins/analytics inside the transaction of
 * every answer (set-based upserts). Not Payload collections: only the plugin's SQL writes and reads
 * them. Existing answers are folded in once, so an upgraded database starts with true figures.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE OR REPLACE FUNCTION "analytics_local_day"(ts timestamptz, tz text) RETURNS date LANGUAGE plpgsql STABLE AS $$
    BEGIN
      RETURN (ts AT TIME ZONE coalesce(nullif(tz, ''), 'UTC'))::date;
    EXCEPTION WHEN others THEN
      RETURN (ts AT TIME ZONE 'UTC')::date;
    END $$;

    CREATE TABLE IF NOT EXISTS "analytics_learners" (
      "user_id" integer PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE cascade,
      "answered" integer NOT NULL DEFAULT 0,
      "correct" integer NOT NULL DEFAULT 0,
      "time_spent_sec" bigint NOT NULL DEFAULT 0,
      "last_practice_session_id" integer,
      "last_practice_at" timestamp(3) with time zone,
      "last_exam_session_id" integer,
      "last_exam_at" timestamp(3) with time zone,
      "heartbeat_at" timestamp(3) with time zone
    );
    CREATE TABLE IF NOT EXISTS "analytics_learner_days" (
      "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade,
      "day" date NOT NULL,
      "answered" integer NOT NULL DEFAULT 0,
      "correct" integer NOT NULL DEFAULT 0,
      "time_spent_sec" bigint NOT NULL DEFAULT 0,
      "heartbeat_sec" integer NOT NULL DEFAULT 0,
      PRIMARY KEY ("user_id", "day")
    );
    CREATE TABLE IF NOT EXISTS "analytics_learner_categories" (
      "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade,
      "category_id" integer NOT NULL REFERENCES "categories"("id") ON DELETE cascade,
      "answered" integer NOT NULL DEFAULT 0,
      "correct" integer NOT NULL DEFAULT 0,
      "time_spent_sec" bigint NOT NULL DEFAULT 0,
      "last_practiced_at" timestamp(3) with time zone,
      PRIMARY KEY ("user_id", "category_id")
    );
    CREATE INDEX IF NOT EXISTS "analytics_learner_categories_category_idx" ON "analytics_learner_categories" USING btree ("category_id");
    CREATE TABLE IF NOT EXISTS "analytics_questions" (
      "question_id" integer PRIMARY KEY NOT NULL REFERENCES "questions"("id") ON DELETE cascade,
      "answered" integer NOT NULL DEFAULT 0,
      "correct" integer NOT NULL DEFAULT 0,
      "score_sum" double precision NOT NULL DEFAULT 0,
      "time_spent_sec" bigint NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS "analytics_question_options" (
      "question_id" integer NOT NULL REFERENCES "questions"("id") ON DELETE cascade,
      "option_id" varchar NOT NULL,
      "chosen" integer NOT NULL DEFAULT 0,
      PRIMARY KEY ("question_id", "option_id")
    );
    CREATE TABLE IF NOT EXISTS "analytics_templates" (
      "template_id" integer PRIMARY KEY NOT NULL REFERENCES "exam_templates"("id") ON DELETE cascade,
      "submitted" integer NOT NULL DEFAULT 0,
      "passed" integer NOT NULL DEFAULT 0,
      "score_percent_sum" double precision NOT NULL DEFAULT 0,
      "score_percent_sq_sum" double precision NOT NULL DEFAULT 0,
      "time_spent_sec" bigint NOT NULL DEFAULT 0
    );

    INSERT INTO "analytics_learner_days" ("user_id", "day", "answered", "correct", "time_spent_sec")
      SELECT r.user_id, analytics_local_day(r.answered_at, u.timezone), count(*), count(*) FILTER (WHERE r.is_correct), sum(r.time_spent_sec)
        FROM responses r JOIN users u ON u.id = r.user_id WHERE r.answered GROUP BY 1, 2
      ON CONFLICT DO NOTHING;
    INSERT INTO "analytics_learner_categories" ("user_id", "category_id", "answered", "correct", "time_spent_sec", "last_practiced_at")
      SELECT r.user_id, c.id, count(*), count(*) FILTER (WHERE r.is_correct), sum(r.time_spent_sec), max(r.answered_at)
        FROM responses r CROSS JOIN LATERAL (VALUES (r.category_id), (r.subcategory_id)) c(id) WHERE r.answered AND c.id IS NOT NULL GROUP BY 1, 2
      ON CONFLICT DO NOTHING;
    INSERT INTO "analytics_learners" ("user_id", "answered", "correct", "time_spent_sec")
      SELECT user_id, count(*), count(*) FILTER (WHERE is_correct), sum(time_spent_sec) FROM responses WHERE answered GROUP BY 1
      ON CONFLICT DO NOTHING;
    UPDATE "analytics_learners" l SET last_practice_session_id = p.id, last_practice_at = p.completed_at
      FROM (SELECT DISTINCT ON (user_id) user_id, id, completed_at FROM practice_sessions WHERE status = 'completed' ORDER BY user_id, completed_at DESC, id DESC) p
      WHERE p.user_id = l.user_id;
    UPDATE "analytics_learners" l SET last_exam_session_id = e.id, last_exam_at = e.submitted_at
      FROM (SELECT DISTINCT ON (user_id) user_id, id, submitted_at FROM exam_sessions WHERE status = 'submitted' ORDER BY user_id, submitted_at DESC, id DESC) e
      WHERE e.user_id = l.user_id;
    INSERT INTO "analytics_questions" ("question_id", "answered", "correct", "score_sum", "time_spent_sec")
      SELECT question_id, count(*), count(*) FILTER (WHERE is_correct), sum(score), sum(time_spent_sec) FROM responses WHERE answered AND question_id IS NOT NULL GROUP BY 1
      ON CONFLICT DO NOTHING;
    INSERT INTO "analytics_question_options" ("question_id", "option_id", "chosen")
      SELECT r.question_id, o.id, count(*) FROM responses r CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(r.response -> 'selected_option_ids', '[]'::jsonb)) o(id)
        WHERE r.answered AND r.question_id IS NOT NULL GROUP BY 1, 2
      ON CONFLICT DO NOTHING;
    INSERT INTO "analytics_templates" ("template_id", "submitted", "passed", "score_percent_sum", "score_percent_sq_sum", "time_spent_sec")
      SELECT template_id, count(*), count(*) FILTER (WHERE passed), sum(coalesce(score_percent, 0)), sum(coalesce(score_percent, 0) ^ 2), sum(time_spent_sec)
        FROM exam_sessions WHERE status = 'submitted' GROUP BY 1
      ON CONFLICT DO NOTHING;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TABLE IF EXISTS "analytics_templates";
    DROP TABLE IF EXISTS "analytics_question_options";
    DROP TABLE IF EXISTS "analytics_questions";
    DROP TABLE IF EXISTS "analytics_learner_categories";
    DROP TABLE IF EXISTS "analytics_learner_days";
    DROP TABLE IF EXISTS "analytics_learners";
    DROP FUNCTION IF EXISTS "analytics_local_day"(timestamptz, text);`)
}
