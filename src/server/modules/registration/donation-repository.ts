/** SQL for pledges, sponsors and the figures of the donation counter. */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { donationPledges, organizations, sponsors, teamMembers } from '../../db/schema/index.ts';

export type PledgeRow = typeof donationPledges.$inferSelect;
export type SponsorRow = typeof sponsors.$inferSelect;

/** Pledges that count toward the total: pledged or paid, not cancelled. */
const countsTowardTotal = inArray(donationPledges.status, ['pledged', 'paid']);

export async function confirmedParticipants(db: DbOrTx, editionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(teamMembers)
    .where(and(eq(teamMembers.editionId, editionId), eq(teamMembers.status, 'confirmed')));
  return row?.n ?? 0;
}

export async function pledgedCents(db: DbOrTx, editionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${donationPledges.amountCents}), 0)::int` })
    .from(donationPledges)
    .where(and(eq(donationPledges.editionId, editionId), countsTowardTotal));
  return row?.n ?? 0;
}

/** Names of companies with a counting pledge that chose to be named. */
export async function donorNames(db: DbOrTx, editionId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ name: organizations.name })
    .from(donationPledges)
    .innerJoin(organizations, eq(organizations.id, donationPledges.organizationId))
    .where(
      and(eq(donationPledges.editionId, editionId), countsTowardTotal, eq(donationPledges.showName, true)),
    )
    .orderBy(asc(organizations.name));
  return rows.map((r) => r.name);
}

const pledgeColumns = { pledge: donationPledges, organizationName: organizations.name };

export async function insertPledge(db: DbOrTx, values: typeof donationPledges.$inferInsert) {
  const [row] = await db.insert(donationPledges).values(values).returning();
  return row!;
}

export async function findPledge(db: DbOrTx, id: string) {
  const [row] = await db
    .select(pledgeColumns)
    .from(donationPledges)
    .innerJoin(organizations, eq(organizations.id, donationPledges.organizationId))
    .where(eq(donationPledges.id, id));
  return row;
}

export async function updatePledge(
  db: DbOrTx,
  id: string,
  values: Partial<typeof donationPledges.$inferInsert>,
) {
  await db.update(donationPledges).set(values).where(eq(donationPledges.id, id));
}

export interface PledgeFilter {
  editionId: string;
  organizationId?: string | undefined;
  status?: PledgeRow['status'] | undefined;
}

const pledgeWhere = (f: PledgeFilter) =>
  and(
    eq(donationPledges.editionId, f.editionId),
    f.organizationId ? eq(donationPledges.organizationId, f.organizationId) : undefined,
    f.status ? eq(donationPledges.status, f.status) : undefined,
  );

export async function listPledges(db: DbOrTx, filter: PledgeFilter, limit?: number, offset = 0) {
  const query = db
    .select({ ...pledgeColumns, billingEmail: organizations.billingEmail })
    .from(donationPledges)
    .innerJoin(organizations, eq(organizations.id, donationPledges.organizationId))
    .where(pledgeWhere(filter))
    .orderBy(desc(donationPledges.createdAt));
  const rows = limit === undefined ? await query : await query.limit(limit).offset(offset);
  const [total] = await db.select({ n: count() }).from(donationPledges).where(pledgeWhere(filter));
  return { rows, total: total?.n ?? 0 };
}

// ---- sponsors ----------------------------------------------------------------------------

export async function sponsorsOf(db: DbOrTx, editionId: string): Promise<SponsorRow[]> {
  return db
    .select()
    .from(sponsors)
    .where(eq(sponsors.editionId, editionId))
    .orderBy(asc(sponsors.position), asc(sponsors.name));
}

export async function findSponsor(db: DbOrTx, id: string): Promise<SponsorRow | undefined> {
  const [row] = await db.select().from(sponsors).where(eq(sponsors.id, id));
  return row;
}

export async function nextSponsorPosition(db: DbOrTx, editionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${sponsors.position}), 0)::int` })
    .from(sponsors)
    .where(eq(sponsors.editionId, editionId));
  return (row?.n ?? 0) + 1;
}

export async function insertSponsor(db: DbOrTx, values: typeof sponsors.$inferInsert): Promise<SponsorRow> {
  const [row] = await db.insert(sponsors).values(values).returning();
  return row!;
}

export async function updateSponsor(db: DbOrTx, id: string, values: Partial<typeof sponsors.$inferInsert>) {
  const [row] = await db.update(sponsors).set(values).where(eq(sponsors.id, id)).returning();
  return row;
}

export async function deleteSponsor(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sponsors).where(eq(sponsors.id, id));
}
