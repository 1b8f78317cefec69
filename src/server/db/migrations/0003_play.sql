CREATE TABLE "accommodations" (
	"edition_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"extra_time_factor" real NOT NULL,
	"note" text,
	"granted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accommodations_edition_id_user_id_pk" PRIMARY KEY("edition_id","user_id"),
	CONSTRAINT "accommodations_factor" CHECK ("accommodations"."extra_time_factor" >= 1 AND "accommodations"."extra_time_factor" <= 3)
);
--> statement-breakpoint
CREATE TABLE "attempt_questions" (
	"attempt_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"option_order" jsonb NOT NULL,
	"limit_ms" integer NOT NULL,
	"served_at" timestamp (3) with time zone,
	"answered_at" timestamp (3) with time zone,
	"answer_key" text,
	"response" jsonb,
	"credit" numeric(2, 1),
	"late" text,
	"points" integer,
	"tab_hidden" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "attempt_questions_attempt_id_position_pk" PRIMARY KEY("attempt_id","position"),
	CONSTRAINT "attempt_questions_credit" CHECK ("attempt_questions"."credit" IS NULL OR "attempt_questions"."credit" IN (0, 0.5, 1))
);
--> statement-breakpoint
CREATE TABLE "attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"module" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"extra_time_factor" real DEFAULT 1 NOT NULL,
	"question_count" integer NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "attempts_one_per_module" UNIQUE("edition_id","user_id","module")
);
--> statement-breakpoint
CREATE TABLE "leaderboard_preferences" (
	"edition_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"display" text DEFAULT 'initials' NOT NULL,
	CONSTRAINT "leaderboard_preferences_edition_id_user_id_pk" PRIMARY KEY("edition_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "accommodations" ADD CONSTRAINT "accommodations_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accommodations" ADD CONSTRAINT "accommodations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accommodations" ADD CONSTRAINT "accommodations_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_questions" ADD CONSTRAINT "attempt_questions_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_questions" ADD CONSTRAINT "attempt_questions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_questions" ADD CONSTRAINT "attempt_questions_version_id_question_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."question_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaderboard_preferences" ADD CONSTRAINT "leaderboard_preferences_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaderboard_preferences" ADD CONSTRAINT "leaderboard_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attempts_edition_status_idx" ON "attempts" USING btree ("edition_id","status");