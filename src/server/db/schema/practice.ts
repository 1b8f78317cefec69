import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StoredCard } from '../../../domain/practice/memory.ts';
import { users } from './auth.ts';
import { mailOutbox } from './mail.ts';
import { editions, questions, questionVersions } from './quiz-content.ts';

export const campaignStatuses = ['draft', 'active', 'paused', 'finished'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/**
 * The practice-by-mail campaign of an edition (at most one). The practice period is the
 * edition's; the campaign holds the cadence, the entry check and the pace. The entry-check
 * questions are drawn once, at start, so every participant gets the same baseline set.
 */
export const practiceCampaigns = pgTable(
  'practice_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .unique()
      .references(() => editions.id, { onDelete: 'restrict' }),
    status: text('status', { enum: campaignStatuses }).notNull().default('draft'),
    /** ISO weekdays (1 = Monday … 7 = Sunday). */
    weekdays: jsonb('weekdays').$type<number[]>().notNull(),
    /** Local time (Europe/Amsterdam). */
    sendTime: time('send_time').notNull().default('08:30'),
    questionsPerSend: integer('questions_per_send').notNull().default(2),
    entryCheckSize: integer('entry_check_size').notNull().default(12),
    mailsPerMinute: integer('mails_per_minute').notNull().default(60),
    entryCheckQuestionIds: jsonb('entry_check_question_ids').$type<string[]>(),
    /** The newest send time that has been planned; older slots are never planned again. */
    lastPlannedSlotAt: timestamp('last_planned_slot_at', { withTimezone: true, precision: 3 }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('practice_campaigns_per_send', sql`${t.questionsPerSend} BETWEEN 1 AND 10`),
    check('practice_campaigns_entry_check', sql`${t.entryCheckSize} BETWEEN 1 AND 40`),
    check('practice_campaigns_pace', sql`${t.mailsPerMinute} BETWEEN 1 AND 10000`),
  ],
);

export const deliveryStatuses = ['planned', 'sent', 'skipped'] as const;
export const deliveryKinds = ['entry_check', 'practice'] as const;

/**
 * One practice mail to one person for one send time. Rows are planned first; the sender
 * claims planned rows (FOR UPDATE SKIP LOCKED), writes the outbox mail and marks the row
 * sent in one transaction, so a crash sends nobody twice and skips nobody.
 */
export const practiceDeliveries = pgTable(
  'practice_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => practiceCampaigns.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    slotAt: timestamp('slot_at', { withTimezone: true, precision: 3 }).notNull(),
    kind: text('kind', { enum: deliveryKinds }).notNull(),
    status: text('status', { enum: deliveryStatuses }).notNull().default('planned'),
    /** Why a planned mail was not sent: suppressed, stopped, paused, not_participant, period_ended. */
    skipReason: text('skip_reason'),
    outboxId: uuid('outbox_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('practice_deliveries_one_per_slot').on(t.campaignId, t.userId, t.slotAt),
    index('practice_deliveries_status_idx').on(t.campaignId, t.status, t.slotAt),
    index('practice_deliveries_user_idx').on(t.userId),
  ],
);

/**
 * A question in a practice mail, and the person's answer to it. Kept for the results:
 * the version shown, when it was sent (the delivery) and first opened, when it was
 * answered, the credit, and whether it belonged to the entry check (the baseline).
 */
export const practiceItems = pgTable(
  'practice_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => practiceDeliveries.id, { onDelete: 'restrict' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => practiceCampaigns.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => questionVersions.id, { onDelete: 'restrict' }),
    entryCheck: boolean('entry_check').notNull(),
    /** displayOrder[displayPosition] = stored option index (fixed when planned). */
    optionOrder: jsonb('option_order').$type<number[]>().notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true, precision: 3 }),
    answeredAt: timestamp('answered_at', { withTimezone: true, precision: 3 }),
    /** The response in stored option indices. */
    response: jsonb('response').$type<number | number[]>(),
    credit: numeric('credit', { precision: 2, scale: 1, mode: 'number' }),
    channel: text('channel', { enum: ['mail_link', 'web'] }),
  },
  (t) => [
    unique('practice_items_position').on(t.deliveryId, t.position),
    index('practice_items_person_idx').on(t.campaignId, t.userId),
    check('practice_items_credit', sql`${t.credit} IS NULL OR ${t.credit} IN (0, 0.5, 1)`),
  ],
);

/** The person's FSRS memory of one practice question; `due` is when it should come back. */
export const practiceCards = pgTable(
  'practice_cards',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => practiceCampaigns.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    due: timestamp('due', { withTimezone: true, precision: 3 }).notNull(),
    lastCredit: numeric('last_credit', { precision: 2, scale: 1, mode: 'number' }).notNull(),
    card: jsonb('card').$type<StoredCard>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId, t.questionId] })],
);

/** A participant's own choice: keep receiving, pause until a date, or stop. */
export const practiceSubscriptions = pgTable(
  'practice_subscriptions',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => practiceCampaigns.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ['active', 'paused', 'stopped'] }).notNull(),
    /** YYYY-MM-DD (Amsterdam), inclusive; only with status paused. */
    pausedUntil: date('paused_until'),
    via: text('via', { enum: ['link', 'list_unsubscribe', 'web'] }).notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId] })],
);

/** Addresses that bounced or complained: no practice mail goes there any more. */
export const practiceSuppressions = pgTable('practice_suppressions', {
  /** Lower-cased address. */
  email: text('email').primaryKey(),
  reason: text('reason', { enum: ['bounce', 'complaint', 'manual'] }).notNull(),
  detail: text('detail'),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
