/** SQL for the staff overview lists (and their CSV exports): filters, counts from records. */
import { and, asc, count, eq, exists, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { donationPledges, organizations, teamMembers, teams, users } from '../../db/schema/index.ts';
import type { MemberRow } from './repository.ts';

const like = (q: string) => `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

export interface Paging {
  limit?: number | undefined;
  offset?: number | undefined;
}

// ---- organisations -----------------------------------------------------------------------

/** Organisations with at least one team in the edition; their counts come from `teamsWithCounts`. */
export async function registeredOrganizations(
  db: DbOrTx,
  editionId: string,
  q: string | undefined,
  p: Paging,
) {
  const inEdition = exists(
    db
      .select({ one: teams.id })
      .from(teams)
      .where(and(eq(teams.organizationId, organizations.id), eq(teams.editionId, editionId))),
  );
  const where = and(
    inEdition,
    q ? or(ilike(organizations.name, like(q)), ilike(organizations.city, like(q))) : undefined,
  );
  const query = db.select().from(organizations).where(where).orderBy(asc(organizations.name)).$dynamic();
  const [rows, [total]] = await Promise.all([
    p.limit === undefined ? query : query.limit(p.limit).offset(p.offset ?? 0),
    db.select({ n: count() }).from(organizations).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Pledged-or-paid totals per organisation in the edition. */
export async function pledgedPerOrganization(db: DbOrTx, editionId: string, organizationIds: string[]) {
  if (organizationIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({
      organizationId: donationPledges.organizationId,
      cents: sql<number>`coalesce(sum(${donationPledges.amountCents}), 0)::int`,
    })
    .from(donationPledges)
    .where(
      and(
        eq(donationPledges.editionId, editionId),
        inArray(donationPledges.organizationId, organizationIds),
        inArray(donationPledges.status, ['pledged', 'paid']),
      ),
    )
    .groupBy(donationPledges.organizationId);
  return new Map(rows.map((r) => [r.organizationId, r.cents]));
}

// ---- teams -------------------------------------------------------------------------------

export interface TeamOverviewFilter {
  editionId: string;
  q?: string | undefined;
  organizationId?: string | undefined;
  /** true: fewer confirmed than the minimum; false: at least the minimum. */
  short?: boolean | undefined;
  minimum: number;
}

/** Teams with counts; the short/enough filter needs the counts, so paging happens after grouping (hundreds of teams). */
export async function overviewTeams(db: DbOrTx, f: TeamOverviewFilter, p: Paging) {
  const confirmed = sql<number>`count(${teamMembers.id}) FILTER (WHERE ${teamMembers.status} = 'confirmed')::int`;
  const where = and(
    eq(teams.editionId, f.editionId),
    f.organizationId ? eq(teams.organizationId, f.organizationId) : undefined,
    f.q ? or(ilike(teams.name, like(f.q)), ilike(organizations.name, like(f.q))) : undefined,
  );
  const having: SQL | undefined =
    f.short === undefined
      ? undefined
      : f.short
        ? sql`${confirmed} < ${f.minimum}`
        : sql`${confirmed} >= ${f.minimum}`;
  const base = db
    .select({
      team: teams,
      organizationName: organizations.name,
      invited: sql<number>`count(${teamMembers.id}) FILTER (WHERE ${teamMembers.status} = 'invited')::int`,
      confirmed,
      bounced: sql<number>`count(${teamMembers.id}) FILTER (WHERE ${teamMembers.status} = 'bounced')::int`,
      total: sql<number>`count(${teamMembers.id})::int`,
    })
    .from(teams)
    .innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .leftJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(where)
    .groupBy(teams.id, organizations.name)
    .having(having)
    .orderBy(asc(organizations.name), asc(teams.name));
  const all = await base;
  const rows = p.limit === undefined ? all : all.slice(p.offset ?? 0, (p.offset ?? 0) + p.limit);
  return { rows, total: all.length };
}

// ---- participants ------------------------------------------------------------------------

export interface ParticipantOverviewFilter {
  editionId: string;
  q?: string | undefined;
  organizationId?: string | undefined;
  teamId?: string | undefined;
  status?: MemberRow['status'] | undefined;
  role?: MemberRow['role'] | undefined;
}

export async function overviewParticipants(db: DbOrTx, f: ParticipantOverviewFilter, p: Paging) {
  const where = and(
    eq(teamMembers.editionId, f.editionId),
    f.organizationId ? eq(teams.organizationId, f.organizationId) : undefined,
    f.teamId ? eq(teamMembers.teamId, f.teamId) : undefined,
    f.status ? eq(teamMembers.status, f.status) : undefined,
    f.role ? eq(teamMembers.role, f.role) : undefined,
    f.q ? or(ilike(users.name, like(f.q)), ilike(users.email, like(f.q))) : undefined,
  );
  const query = db
    .select({
      member: teamMembers,
      name: users.name,
      email: users.email,
      teamName: teams.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .where(where)
    .orderBy(asc(organizations.name), asc(teams.name), asc(users.name))
    .$dynamic();
  const totalQuery = db
    .select({ n: count() })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(organizations, eq(organizations.id, teams.organizationId))
    .where(where);
  const [rows, [total]] = await Promise.all([
    p.limit === undefined ? query : query.limit(p.limit).offset(p.offset ?? 0),
    totalQuery,
  ]);
  return { rows, total: total?.n ?? 0 };
}
