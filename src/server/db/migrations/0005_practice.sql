CREATE TABLE "practice_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"weekdays" jsonb NOT NULL,
	"send_time" time DEFAULT '08:30' NOT NULL,
	"questions_per_send" integer DEFAULT 2 NOT NULL,
	"entry_check_size" integer DEFAULT 12 NOT NULL,
	"mails_per_minute" integer DEFAULT 60 NOT NULL,
	"entry_check_question_ids" jsonb,
	"last_planned_slot_at" timestamp (3) with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_campaigns_edition_id_unique" UNIQUE("edition_id"),
	CONSTRAINT "practice_campaigns_per_send" CHECK ("practice_campaigns"."questions_per_send" BETWEEN 1 AND 10),
	CONSTRAINT "practice_campaigns_entry_check" CHECK ("practice_campaigns"."entry_check_size" BETWEEN 1 AND 40),
	CONSTRAINT "practice_campaigns_pace" CHECK ("practice_campaigns"."mails_per_minute" BETWEEN 1 AND 10000)
);
--> statement-breakpoint
CREATE TABLE "practice_cards" (
	"campaign_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"question_id" uuid NOT NULL,
	"due" timestamp (3) with time zone NOT NULL,
	"last_credit" numeric(2, 1) NOT NULL,
	"card" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "practice_cards_campaign_id_user_id_question_id_pk" PRIMARY KEY("campaign_id","user_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "practice_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"slot_at" timestamp (3) with time zone NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"skip_reason" text,
	"outbox_id" uuid,
	"sent_at" timestamp (3) with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_deliveries_one_per_slot" UNIQUE("campaign_id","user_id","slot_at")
);
--> statement-breakpoint
CREATE TABLE "practice_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"delivery_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"position" integer NOT NULL,
	"question_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"entry_check" boolean NOT NULL,
	"option_order" jsonb NOT NULL,
	"opened_at" timestamp (3) with time zone,
	"answered_at" timestamp (3) with time zone,
	"response" jsonb,
	"credit" numeric(2, 1),
	"channel" text,
	CONSTRAINT "practice_items_position" UNIQUE("delivery_id","position"),
	CONSTRAINT "practice_items_credit" CHECK ("practice_items"."credit" IS NULL OR "practice_items"."credit" IN (0, 0.5, 1))
);
--> statement-breakpoint
CREATE TABLE "practice_subscriptions" (
	"campaign_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"status" text NOT NULL,
	"paused_until" date,
	"via" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "practice_subscriptions_campaign_id_user_id_pk" PRIMARY KEY("campaign_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "practice_suppressions" (
	"email" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"detail" text,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "practice_campaigns" ADD CONSTRAINT "practice_campaigns_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_campaigns" ADD CONSTRAINT "practice_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_cards" ADD CONSTRAINT "practice_cards_campaign_id_practice_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."practice_campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_cards" ADD CONSTRAINT "practice_cards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_cards" ADD CONSTRAINT "practice_cards_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_deliveries" ADD CONSTRAINT "practice_deliveries_campaign_id_practice_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."practice_campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_deliveries" ADD CONSTRAINT "practice_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_deliveries" ADD CONSTRAINT "practice_deliveries_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_delivery_id_practice_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."practice_deliveries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_campaign_id_practice_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."practice_campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_version_id_question_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."question_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_subscriptions" ADD CONSTRAINT "practice_subscriptions_campaign_id_practice_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."practice_campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_subscriptions" ADD CONSTRAINT "practice_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_suppressions" ADD CONSTRAINT "practice_suppressions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practice_deliveries_status_idx" ON "practice_deliveries" USING btree ("campaign_id","status","slot_at");--> statement-breakpoint
CREATE INDEX "practice_deliveries_user_idx" ON "practice_deliveries" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "practice_items_person_idx" ON "practice_items" USING btree ("campaign_id","user_id");