/**
 * SQL for teams, members and the registration window. Reads join `users` and
 * `organizations` for names and e-mail addresses (read-only; those modules own the writes).
 */
import { and, asc, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  auditLog,
  editions,
  organizations,
  registrationWindows,
  roleAssignments,
  teamMembers,
  teams,
  users,
} from '../../db/schema/index.ts';

export type TeamRow = typeof teams.$inferSelect;
export type MemberRow = typeof teamMembers.$inferSelect;
export type WindowRow = typeof registrationWindows.$inferSelect;

// ---- registration window -------------------------------------------------------------

export async function findWindow(db: DbOrTx, editionId: string): Promise<WindowRow | undefined> {
  const [row] = await db
    .select()
    .from(registrationWindows)
    .where(eq(registrationWindows.editionId, editionId));
  return row;
}

/**
 * Locks the edition's window row for this transaction: `share` for changes to teams and
 * members (so they see a consistent open/closed state), `update` for closing and reopening.
 */
export async function lockWindow(
  db: DbOrTx,
  editionId: string,
  mode: 'share' | 'update',
): Promise<WindowRow> {
  const select = () =>
    db.select().from(registrationWindows).where(eq(registrationWindows.editionId, editionId)).for(mode);
  const [row] = await select();
  if (row) return row;
  await db.insert(registrationWindows).values({ editionId }).onConflictDoNothing();
  const [created] = await select();
  return created!;
}

export async function setWindow(
  db: DbOrTx,
  editionId: string,
  values: Partial<WindowRow>,
): Promise<WindowRow> {
  const [row] = await db
    .update(registrationWindows)
    .set(values)
    .where(eq(registrationWindows.editionId, editionId))
    .returning();
  return row!;
}

// ---- teams -----------------------------------------------------------------------------

export async function insertTeam(db: DbOrTx, values: typeof teams.$inferInsert): Promise<TeamRow> {
  const [row] = await db.insert(teams).values(values).returning();
  return row!;
}

export async function findTeam(db: DbOrTx, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  return row;
}

export async function findTeamByName(db: DbOrTx, editionId: string, organizationId: string, name: string) {
  const [row] = await db
    .select()
    .from(teams)
    .where(
      and(eq(teams.editionId, editionId), eq(teams.organizationId, organizationId), eq(teams.name, name)),
    );
  return row;
}

export async function updateTeam(db: DbOrTx, id: string, values: Partial<typeof teams.$inferInsert>) {
  const [row] = await db.update(teams).set(values).where(eq(teams.id, id)).returning();
  return row;
}

export async function deleteTeam(db: DbOrTx, id: string): Promise<void> {
  await db.delete(teams).where(eq(teams.id, id));
}

const memberCount = (status?: MemberRow['status']) =>
  status
    ? sql<number>`count(${teamMembers.id}) FILTER (WHERE ${teamMembers.status} = ${status})::int`
    : sql<number>`count(${teamMembers.id})::int`;

/** Teams with their member counts per status, computed from the member rows. */
export async function teamsWithCounts(
  db: DbOrTx,
  where: { editionId?: string; organizationId?: string; organizationIds?: string[]; teamIds?: string[] },
) {
  return db
    .select({
      team: teams,
      organizationName: organizations.name,
      invited: memberCount('invited'),
      confirmed: memberCount('confirmed'),
      bounced: memberCount('bounced'),
      total: memberCount(),
    })
    .from(teams)
    .innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .leftJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(
      and(
        where.editionId ? eq(teams.editionId, where.editionId) : undefined,
        where.organizationId ? eq(teams.organizationId, where.organizationId) : undefined,
        where.organizationIds ? inArray(teams.organizationId, where.organizationIds) : undefined,
        where.teamIds ? inArray(teams.id, where.teamIds) : undefined,
      ),
    )
    .groupBy(teams.id, organizations.name)
    .orderBy(asc(organizations.name), asc(teams.name));
}
export type TeamWithCounts = Awaited<ReturnType<typeof teamsWithCounts>>[number];

/** Claims the reminder for these teams; returns the ids that were not claimed before (idempotent). */
export async function claimShortReminders(db: DbOrTx, teamIds: string[], at: Date): Promise<string[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .update(teams)
    .set({ shortReminderSentAt: at })
    .where(and(inArray(teams.id, teamIds), isNull(teams.shortReminderSentAt)))
    .returning({ id: teams.id });
  return rows.map((r) => r.id);
}

// ---- members ---------------------------------------------------------------------------

const memberColumns = {
  member: teamMembers,
  name: users.name,
  email: users.email,
};

export async function insertMember(db: DbOrTx, values: typeof teamMembers.$inferInsert): Promise<MemberRow> {
  const [row] = await db.insert(teamMembers).values(values).returning();
  return row!;
}

export async function findMember(db: DbOrTx, id: string, lock = false) {
  const query = db
    .select(memberColumns)
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(eq(teamMembers.id, id));
  const [row] = lock ? await query.for('update', { of: teamMembers }) : await query;
  return row;
}
export type MemberWithPerson = NonNullable<Awaited<ReturnType<typeof findMember>>>;

export async function membersOfTeam(db: DbOrTx, teamId: string): Promise<MemberWithPerson[]> {
  return db
    .select(memberColumns)
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(eq(teamMembers.teamId, teamId))
    .orderBy(asc(users.name), asc(users.email));
}

export async function membersByIds(db: DbOrTx, ids: string[]): Promise<MemberWithPerson[]> {
  if (ids.length === 0) return [];
  return db
    .select(memberColumns)
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(inArray(teamMembers.id, ids))
    .orderBy(asc(users.name), asc(users.email));
}

/** The team (and its organisation) a person plays in this edition, if any. */
export async function membershipInEdition(db: DbOrTx, editionId: string, userId: string) {
  const [row] = await db
    .select({ memberId: teamMembers.id, teamId: teams.id, organizationId: teams.organizationId })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.editionId, editionId), eq(teamMembers.userId, userId)));
  return row;
}

/** Memberships in this edition for a set of e-mail addresses (for checking an upload). */
export async function membershipsByEmail(db: DbOrTx, editionId: string, emails: string[]) {
  if (emails.length === 0) return [];
  return db
    .select({
      email: users.email,
      teamId: teams.id,
      teamName: teams.name,
      organizationId: teams.organizationId,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.editionId, editionId), inArray(users.email, emails)));
}

export async function updateMember(db: DbOrTx, id: string, values: Partial<typeof teamMembers.$inferInsert>) {
  const [row] = await db.update(teamMembers).set(values).where(eq(teamMembers.id, id)).returning();
  return row;
}

export async function deleteMember(db: DbOrTx, id: string): Promise<void> {
  await db.delete(teamMembers).where(eq(teamMembers.id, id));
}

export async function countMembers(db: DbOrTx, teamId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(teamMembers).where(eq(teamMembers.teamId, teamId));
  return row?.n ?? 0;
}

/** Whether the person is still in any team of this organisation (any edition). */
export async function playsForOrganization(
  db: DbOrTx,
  userId: string,
  organizationId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.userId, userId), eq(teams.organizationId, organizationId)));
  return (row?.n ?? 0) > 0;
}

/** How many invitations went to this member since `since` (from the audit trail). */
export async function invitationsSince(db: DbOrTx, memberId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'team_member'),
        eq(auditLog.entityId, memberId),
        eq(auditLog.action, 'team_member.invitation_sent'),
        gt(auditLog.at, since),
      ),
    );
  return row?.n ?? 0;
}

/** Invited memberships of this address in editions that have not reached the event yet. */
export async function openInvitationsOf(db: DbOrTx, email: string) {
  return db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .innerJoin(editions, eq(editions.id, teamMembers.editionId))
    .where(
      and(
        eq(users.email, email),
        eq(teamMembers.status, 'invited'),
        inArray(editions.status, ['registration', 'practice']),
      ),
    );
}

/** A person's memberships with edition, organisation and team, newest edition first. */
export async function membershipsOfUser(db: DbOrTx, userId: string) {
  return db
    .select({ member: teamMembers, team: teams, edition: editions, organizationName: organizations.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(editions, eq(editions.id, teamMembers.editionId))
    .innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .where(eq(teamMembers.userId, userId))
    .orderBy(sql`${editions.year} DESC`);
}

// ---- organisations (recognising a registering company) ---------------------------------

export async function findOrganizationByKvk(db: DbOrTx, kvkNumber: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.kvkNumber, kvkNumber));
  return row;
}

export async function findOrganizationsByName(db: DbOrTx, name: string) {
  return db
    .select()
    .from(organizations)
    .where(sql`lower(trim(${organizations.name})) = lower(trim(${name}))`)
    .orderBy(asc(organizations.createdAt));
}

/** E-mail addresses that speak for an organisation: its billing address and its coordinators. */
export async function organizationAddresses(db: DbOrTx, organizationId: string): Promise<string[]> {
  const [org] = await db
    .select({ billingEmail: organizations.billingEmail })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const coordinators = await db
    .select({ email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.organizationId, organizationId), eq(roleAssignments.role, 'coordinator')));
  return [...(org?.billingEmail ? [org.billingEmail] : []), ...coordinators.map((c) => c.email)];
}

/** Organisations a person coordinates, by name. */
export async function coordinatedOrganizations(db: DbOrTx, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, organizationIds))
    .orderBy(asc(organizations.name));
}

export async function coordinatorsOfOrganizations(db: DbOrTx, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      organizationId: roleAssignments.organizationId,
      name: users.name,
      email: users.email,
      locale: users.locale,
    })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(inArray(roleAssignments.organizationId, organizationIds), eq(roleAssignments.role, 'coordinator')),
    )
    .orderBy(asc(users.name));
}

/** Editions that are not draft or archived, newest first (for the coordinator's home). */
export async function activeEditions(db: DbOrTx) {
  return db
    .select()
    .from(editions)
    .where(inArray(editions.status, ['registration', 'practice', 'event', 'results']))
    .orderBy(sql`${editions.year} DESC`);
}

export async function teamCountsPerOrganization(db: DbOrTx, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ organizationId: teams.organizationId, editionId: teams.editionId, n: count() })
    .from(teams)
    .where(inArray(teams.organizationId, organizationIds))
    .groupBy(teams.organizationId, teams.editionId);
}
