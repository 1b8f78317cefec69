/** SQL for the results module's own tables: snapshots, publication state and exclusions. */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { resultExclusions, resultPublications, resultSnapshots, users } from '../../db/schema/index.ts';

export type SnapshotRow = typeof resultSnapshots.$inferSelect;
export type PublicationRow = typeof resultPublications.$inferSelect;
export type ExclusionRow = typeof resultExclusions.$inferSelect;

/** Snapshots without their (large) data, newest first. */
export async function listSnapshots(db: DbOrTx, editionId: string) {
  return db
    .select({
      id: resultSnapshots.id,
      sequence: resultSnapshots.sequence,
      computedAt: resultSnapshots.computedAt,
      computedBy: resultSnapshots.computedBy,
      reason: resultSnapshots.reason,
      afterPublication: resultSnapshots.afterPublication,
    })
    .from(resultSnapshots)
    .where(eq(resultSnapshots.editionId, editionId))
    .orderBy(desc(resultSnapshots.sequence));
}

/** Names of the staff who computed, froze or published, by user id. */
export async function namesOf(
  db: DbOrTx,
  ids: Array<string | null | undefined>,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findSnapshot(db: DbOrTx, id: string): Promise<SnapshotRow | undefined> {
  const [row] = await db.select().from(resultSnapshots).where(eq(resultSnapshots.id, id));
  return row;
}

export async function nextSnapshotSequence(db: DbOrTx, editionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${resultSnapshots.sequence}), 0)::int + 1` })
    .from(resultSnapshots)
    .where(eq(resultSnapshots.editionId, editionId));
  return row?.n ?? 1;
}

export async function insertSnapshot(db: DbOrTx, values: typeof resultSnapshots.$inferInsert) {
  const [row] = await db.insert(resultSnapshots).values(values).returning();
  return row!;
}

export async function findPublication(db: DbOrTx, editionId: string): Promise<PublicationRow | undefined> {
  const [row] = await db.select().from(resultPublications).where(eq(resultPublications.editionId, editionId));
  return row;
}

/**
 * The publication row, locked for the rest of the transaction (created empty first), so
 * computing, freezing and publishing one edition happen one at a time.
 */
export async function lockPublication(db: DbOrTx, editionId: string): Promise<PublicationRow> {
  await db.insert(resultPublications).values({ editionId }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(resultPublications)
    .where(eq(resultPublications.editionId, editionId))
    .for('update');
  return row!;
}

export async function updatePublication(
  db: DbOrTx,
  editionId: string,
  values: Partial<typeof resultPublications.$inferInsert>,
) {
  await db.update(resultPublications).set(values).where(eq(resultPublications.editionId, editionId));
}

export async function activeExclusions(db: DbOrTx, editionId: string): Promise<ExclusionRow[]> {
  return db
    .select()
    .from(resultExclusions)
    .where(and(eq(resultExclusions.editionId, editionId), isNull(resultExclusions.revokedAt)))
    .orderBy(resultExclusions.createdAt);
}

export async function insertExclusion(db: DbOrTx, values: typeof resultExclusions.$inferInsert) {
  const [row] = await db.insert(resultExclusions).values(values).returning();
  return row!;
}

export async function findExclusion(db: DbOrTx, id: string, lock = false) {
  const query = db.select().from(resultExclusions).where(eq(resultExclusions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function revokeExclusion(
  db: DbOrTx,
  id: string,
  values: { revokedAt: Date; revokedBy: string; revokeReason: string },
) {
  await db.update(resultExclusions).set(values).where(eq(resultExclusions.id, id));
}
