import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { organizations } from './people.ts';
import { editions, media } from './quiz-content.ts';

export const jobRoles = ['agent', 'team_leader', 'manager'] as const;

/** A company's teams for one edition; no maximum size, many per company. */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    department: text('department'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the "team is short" reminder went to the coordinators; set once, so the daily job is idempotent. */
    shortReminderSentAt: timestamp('short_reminder_sent_at', { withTimezone: true }),
  },
  (t) => [
    unique('teams_name_per_company').on(t.editionId, t.organizationId, t.name),
    index('teams_org_idx').on(t.organizationId, t.editionId),
  ],
);

export const memberStatuses = ['invited', 'confirmed', 'bounced'] as const;

/**
 * A person in a team. The unique (edition, person) constraint is the rule "one person plays
 * in at most one team per edition": two coordinators adding the same person at once cannot
 * both succeed.
 */
export const teamMembers = pgTable(
  'team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    role: text('role', { enum: jobRoles }).notNull(),
    status: text('status', { enum: memberStatuses }).notNull().default('invited'),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    inviteCount: integer('invite_count').notNull().default(0),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    bouncedAt: timestamp('bounced_at', { withTimezone: true }),
    addedBy: text('added_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('team_members_one_team_per_edition').on(t.editionId, t.userId),
    index('team_members_team_idx').on(t.teamId, t.status),
    index('team_members_user_idx').on(t.userId),
  ],
);

/** An extra company donation on top of the sponsors' amount; paid by invoice, marked paid by staff. */
export const donationPledges = pgTable(
  'donation_pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    amountCents: integer('amount_cents').notNull(),
    message: text('message'),
    showName: boolean('show_name').notNull().default(true),
    status: text('status', { enum: ['pledged', 'paid', 'cancelled'] })
      .notNull()
      .default('pledged'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('donation_pledges_positive', sql`${t.amountCents} > 0`),
    index('donation_pledges_edition_idx').on(t.editionId),
  ],
);

export const sponsors = pgTable(
  'sponsors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    logoId: uuid('logo_id').references(() => media.id, { onDelete: 'set null' }),
    websiteUrl: text('website_url'),
    centsPerParticipant: integer('cents_per_participant').notNull().default(0),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    check('sponsors_amount_nonnegative', sql`${t.centsPerParticipant} >= 0`),
    index('sponsors_edition_idx').on(t.editionId, t.position),
  ],
);

/** Registration can be closed (and reopened with a reason) independently of the edition status. */
export const registrationWindows = pgTable('registration_windows', {
  editionId: uuid('edition_id')
    .primaryKey()
    .references(() => editions.id, { onDelete: 'restrict' }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedBy: text('closed_by').references(() => users.id, { onDelete: 'set null' }),
  reopenReason: text('reopen_reason'),
});
