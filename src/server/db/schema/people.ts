import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

export const roles = ['admin', 'staff', 'expert', 'coordinator', 'participant'] as const;
export type Role = (typeof roles)[number];
export const programmes = ['quiz', 'wishteams', 'foundation'] as const;
export type Programme = (typeof programmes)[number];

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kvkNumber: text('kvk_number').unique(),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    billingEmail: text('billing_email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_name_idx').on(t.name)],
);

/**
 * What a person may do. `programme` scopes staff and experts to one programme;
 * `organizationId` scopes coordinators (and participants' employer) to one organisation.
 */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    programme: text('programme', { enum: programmes }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('role_assignments_unique').on(t.userId, t.role, t.programme, t.organizationId).nullsNotDistinct(),
    index('role_assignments_org_idx').on(t.organizationId),
  ],
);
