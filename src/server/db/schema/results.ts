import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ResultsData } from '../../modules/results/results-data.ts';
import { users } from './auth.ts';
import { attempts } from './play.ts';
import { editions } from './quiz-content.ts';

/**
 * A computed set of results of an edition (every ranking, the learning curve and the
 * review flags), stored as it was computed so a frozen or published result never moves
 * when records or rules change later. People are stored by id; names are resolved with
 * their current display preference when shown.
 */
export const resultSnapshots = pgTable(
  'result_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    /** 1, 2, 3 … per edition. */
    sequence: integer('sequence').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, precision: 3 }).notNull(),
    computedBy: text('computed_by').references(() => users.id, { onDelete: 'set null' }),
    /** Why it was computed again; required once results have been published. */
    reason: text('reason'),
    /** Computed while a published result existed (a recomputation after publishing). */
    afterPublication: boolean('after_publication').notNull().default(false),
    data: jsonb('data').$type<ResultsData>().notNull(),
  },
  (t) => [
    unique('result_snapshots_sequence').on(t.editionId, t.sequence),
    check(
      'result_snapshots_reason_after_publication',
      sql`NOT ${t.afterPublication} OR coalesce(length(trim(${t.reason})), 0) > 0`,
    ),
  ],
);

/**
 * The publication state of an edition's results: which snapshot staff froze (final, not
 * yet public) and which one is published. One row per edition, changed only by the
 * results service (every change is audited).
 */
export const resultPublications = pgTable('result_publications', {
  editionId: uuid('edition_id')
    .primaryKey()
    .references(() => editions.id, { onDelete: 'restrict' }),
  frozenSnapshotId: uuid('frozen_snapshot_id').references(() => resultSnapshots.id, { onDelete: 'restrict' }),
  frozenAt: timestamp('frozen_at', { withTimezone: true, precision: 3 }),
  frozenBy: text('frozen_by').references(() => users.id, { onDelete: 'set null' }),
  publishedSnapshotId: uuid('published_snapshot_id').references(() => resultSnapshots.id, {
    onDelete: 'restrict',
  }),
  publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
  publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * Staff decisions to leave a participant (attemptId and position null) or one answer
 * out of the awards, with a reason. Revoking keeps the row (who, when, why); at most one
 * active exclusion per participant and per answer.
 */
export const resultExclusions = pgTable(
  'result_exclusions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    attemptId: uuid('attempt_id').references(() => attempts.id, { onDelete: 'restrict' }),
    position: integer('position'),
    reason: text('reason').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    revokedBy: text('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    check('result_exclusions_scope', sql`(${t.attemptId} IS NULL) = (${t.position} IS NULL)`),
    uniqueIndex('result_exclusions_active_participant')
      .on(t.editionId, t.userId)
      .where(sql`${t.attemptId} IS NULL AND ${t.revokedAt} IS NULL`),
    uniqueIndex('result_exclusions_active_answer')
      .on(t.attemptId, t.position)
      .where(sql`${t.attemptId} IS NOT NULL AND ${t.revokedAt} IS NULL`),
    index('result_exclusions_edition_idx').on(t.editionId),
  ],
);
