import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { editions, questions, questionVersions } from './quiz-content.ts';

export const playModules = ['core', 'manager'] as const;
export type PlayModule = (typeof playModules)[number];

/**
 * One attempt per person per module per edition (the unique constraint makes a second
 * start impossible, also under races). The question order and each question's option
 * order are fixed at start, so a reload continues exactly where the person was.
 */
export const attempts = pgTable(
  'attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    module: text('module', { enum: playModules }).notNull(),
    status: text('status', { enum: ['in_progress', 'finished', 'closed'] })
      .notNull()
      .default('in_progress'),
    extraTimeFactor: real('extra_time_factor').notNull().default(1),
    questionCount: integer('question_count').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    unique('attempts_one_per_module').on(t.editionId, t.userId, t.module),
    index('attempts_edition_status_idx').on(t.editionId, t.status),
  ],
);

/**
 * A question within an attempt. `servedAt` is set by the server when it first hands the
 * question out; the answer is stored once (the first one counts) with the client's
 * idempotency key so a retried request gets the same result.
 */
export const attemptQuestions = pgTable(
  'attempt_questions',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => questionVersions.id, { onDelete: 'restrict' }),
    /** displayOrder[displayPosition] = stored option index. */
    optionOrder: jsonb('option_order').$type<number[]>().notNull(),
    limitMs: integer('limit_ms').notNull(),
    servedAt: timestamp('served_at', { withTimezone: true, precision: 3 }),
    answeredAt: timestamp('answered_at', { withTimezone: true, precision: 3 }),
    answerKey: text('answer_key'),
    /** The response in stored option indices; null = not answered (in time). */
    response: jsonb('response').$type<number | number[] | null>(),
    credit: numeric('credit', { precision: 2, scale: 1, mode: 'number' }),
    late: text('late', { enum: ['in_time', 'late', 'timed_out'] }),
    points: integer('points'),
    tabHidden: integer('tab_hidden').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.position] }),
    check('attempt_questions_credit', sql`${t.credit} IS NULL OR ${t.credit} IN (0, 0.5, 1)`),
  ],
);

/** Extra time granted by staff as an accommodation (e.g. ×1.5), applied when an attempt starts. */
export const accommodations = pgTable(
  'accommodations',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    extraTimeFactor: real('extra_time_factor').notNull(),
    note: text('note'),
    grantedBy: text('granted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.editionId, t.userId] }),
    check('accommodations_factor', sql`${t.extraTimeFactor} >= 1 AND ${t.extraTimeFactor} <= 3`),
  ],
);

/** How a participant appears on public leaderboards of an edition. */
export const leaderboardPreferences = pgTable(
  'leaderboard_preferences',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    display: text('display', { enum: ['full', 'initials', 'hidden'] })
      .notNull()
      .default('initials'),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.userId] })],
);
