CREATE TABLE "result_exclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"attempt_id" uuid,
	"position" integer,
	"reason" text NOT NULL,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"revoked_by" text,
	"revoke_reason" text,
	CONSTRAINT "result_exclusions_scope" CHECK (("result_exclusions"."attempt_id" IS NULL) = ("result_exclusions"."position" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "result_publications" (
	"edition_id" uuid PRIMARY KEY NOT NULL,
	"frozen_snapshot_id" uuid,
	"frozen_at" timestamp (3) with time zone,
	"frozen_by" text,
	"published_snapshot_id" uuid,
	"published_at" timestamp (3) with time zone,
	"published_by" text
);
--> statement-breakpoint
CREATE TABLE "result_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"computed_at" timestamp (3) with time zone NOT NULL,
	"computed_by" text,
	"reason" text,
	"after_publication" boolean DEFAULT false NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "result_snapshots_sequence" UNIQUE("edition_id","sequence"),
	CONSTRAINT "result_snapshots_reason_after_publication" CHECK (NOT "result_snapshots"."after_publication" OR coalesce(length(trim("result_snapshots"."reason")), 0) > 0)
);
--> statement-breakpoint
ALTER TABLE "result_exclusions" ADD CONSTRAINT "result_exclusions_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_exclusions" ADD CONSTRAINT "result_exclusions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_exclusions" ADD CONSTRAINT "result_exclusions_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_exclusions" ADD CONSTRAINT "result_exclusions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_exclusions" ADD CONSTRAINT "result_exclusions_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_frozen_snapshot_id_result_snapshots_id_fk" FOREIGN KEY ("frozen_snapshot_id") REFERENCES "public"."result_snapshots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_frozen_by_users_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_published_snapshot_id_result_snapshots_id_fk" FOREIGN KEY ("published_snapshot_id") REFERENCES "public"."result_snapshots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_snapshots" ADD CONSTRAINT "result_snapshots_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_snapshots" ADD CONSTRAINT "result_snapshots_computed_by_users_id_fk" FOREIGN KEY ("computed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "result_exclusions_active_participant" ON "result_exclusions" USING btree ("edition_id","user_id") WHERE "result_exclusions"."attempt_id" IS NULL AND "result_exclusions"."revoked_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "result_exclusions_active_answer" ON "result_exclusions" USING btree ("attempt_id","position") WHERE "result_exclusions"."attempt_id" IS NOT NULL AND "result_exclusions"."revoked_at" IS NULL;--> statement-breakpoint
CREATE INDEX "result_exclusions_edition_idx" ON "result_exclusions" USING btree ("edition_id");