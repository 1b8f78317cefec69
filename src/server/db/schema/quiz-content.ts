import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  time,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { QuestionContent } from '../../../domain/questions/model.ts';
import { users } from './auth.ts';

export const editionStatuses = ['draft', 'registration', 'practice', 'event', 'results', 'archived'] as const;
export type EditionStatus = (typeof editionStatuses)[number];

/** One yearly Klantcontactquiz. Dates are Europe/Amsterdam calendar dates; the window is local time. */
export const editions = pgTable(
  'editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull().unique(),
    name: text('name').notNull(),
    status: text('status', { enum: editionStatuses }).notNull().default('draft'),
    registrationOpensOn: date('registration_opens_on'),
    registrationClosesOn: date('registration_closes_on'),
    practiceStartsOn: date('practice_starts_on'),
    practiceEndsOn: date('practice_ends_on'),
    eventDate: date('event_date'),
    windowStart: time('window_start').notNull().default('09:00'),
    windowEnd: time('window_end').notNull().default('21:00'),
    defaultTimeLimitSeconds: integer('default_time_limit_seconds').notNull().default(30),
    sponsorCentsPerParticipant: integer('sponsor_cents_per_participant').notNull().default(200),
    donationGoalCents: integer('donation_goal_cents'),
    copiedFromId: uuid('copied_from_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('editions_window_order', sql`${t.windowStart} < ${t.windowEnd}`),
    check('editions_sponsor_nonnegative', sql`${t.sponsorCentsPerParticipant} >= 0`),
    check('editions_time_limit_range', sql`${t.defaultTimeLimitSeconds} BETWEEN 5 AND 600`),
  ],
);

export const themes = pgTable(
  'themes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionNl: text('description_nl').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    position: integer('position').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    unique('themes_edition_title').on(t.editionId, t.titleNl),
    index('themes_edition_idx').on(t.editionId),
  ],
);

export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'restrict' }),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionNl: text('description_nl').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    position: integer('position').notNull(),
    /** Coverage targets: how many approved questions staff want per pool. */
    targetCore: integer('target_core').notNull().default(3),
    targetManager: integer('target_manager').notNull().default(1),
    targetPractice: integer('target_practice').notNull().default(2),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    unique('objectives_edition_title').on(t.editionId, t.titleNl),
    index('objectives_theme_idx').on(t.themeId),
  ],
);

export const questionStatuses = ['draft', 'in_review', 'approved', 'retired'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

/**
 * A question's identity and workflow state. Its text lives in versions; `approvedVersionId`
 * is what plays (it stays while a newer version is being revised), `currentVersionId`
 * is the newest edit. Type, pool, objective and a search text are copied from the current
 * version for filtering.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'restrict' }),
    type: text('type', { enum: ['single', 'multiple', 'truefalse', 'ordering'] }).notNull(),
    pool: text('pool', { enum: ['core', 'manager', 'practice'] }).notNull(),
    status: text('status', { enum: questionStatuses }).notNull().default('draft'),
    currentVersionId: uuid('current_version_id'),
    approvedVersionId: uuid('approved_version_id'),
    searchText: text('search_text').notNull().default(''),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    copiedFromId: uuid('copied_from_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('questions_edition_idx').on(t.editionId, t.status),
    index('questions_objective_idx').on(t.objectiveId),
  ],
);

/** Immutable snapshots of a question; answers point at the version that was shown. */
export const questionVersions = pgTable(
  'question_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'restrict' }),
    content: jsonb('content').$type<StoredQuestionContent>().notNull(),
    editedBy: text('edited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('question_versions_number').on(t.questionId, t.version)],
);

/** Version content without the theme/objective titles (those are references). */
export type StoredQuestionContent = Omit<QuestionContent, 'themeTitle' | 'objectiveTitle'> & {
  /** An uploaded image shown with the stem (`media.id`; JSON, so no foreign key: checked on save). */
  imageId?: string | undefined;
  /** The image's text alternative; required when there is an image. */
  imageAlt?: string | undefined;
};

/** Reviewers' comments, optionally anchored to a part of the question (stem, option:2, explanation). */
export const questionComments = pgTable(
  'question_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => questionVersions.id, { onDelete: 'restrict' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    anchor: text('anchor'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('question_comments_question_idx').on(t.questionId)],
);

/** Workflow history of a question (who moved it where, when). */
export const questionEvents = pgTable(
  'question_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    versionId: uuid('version_id').references(() => questionVersions.id, { onDelete: 'restrict' }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action', {
      enum: [
        'created',
        'edited',
        'submitted',
        'approved',
        'returned',
        'retired',
        'restored',
        'imported',
        'copied',
      ],
    }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('question_events_question_idx').on(t.questionId, t.createdAt)],
);

/** PostgreSQL bytea; PGlite returns Uint8Array, node-postgres a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Uploaded images for question stems, kept in the database so backups include them. */
export const media = pgTable('media', {
  id: uuid('id').primaryKey().defaultRandom(),
  mimeType: text('mime_type').notNull(),
  bytes: bytea('bytes').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
