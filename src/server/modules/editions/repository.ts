import { asc, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { editions, objectives, questions, themes } from '../../db/schema/index.ts';

export type EditionRow = typeof editions.$inferSelect;
export type ThemeRow = typeof themes.$inferSelect;
export type ObjectiveRow = typeof objectives.$inferSelect;

export async function listEditions(db: DbOrTx) {
  return db
    .select({
      id: editions.id,
      year: editions.year,
      name: editions.name,
      status: editions.status,
      eventDate: editions.eventDate,
      questionCount: sql<number>`count(${questions.id}) FILTER (WHERE ${questions.status} <> 'retired')::int`,
      approvedCount: sql<number>`count(${questions.id}) FILTER (WHERE ${questions.approvedVersionId} IS NOT NULL AND ${questions.status} <> 'retired')::int`,
    })
    .from(editions)
    .leftJoin(questions, eq(questions.editionId, editions.id))
    .groupBy(editions.id)
    .orderBy(sql`${editions.year} DESC`);
}

export async function findEdition(db: DbOrTx, id: string): Promise<EditionRow | undefined> {
  const [row] = await db.select().from(editions).where(eq(editions.id, id));
  return row;
}

export async function findEditionByYear(db: DbOrTx, year: number): Promise<EditionRow | undefined> {
  const [row] = await db.select().from(editions).where(eq(editions.year, year));
  return row;
}

export async function insertEdition(db: DbOrTx, values: typeof editions.$inferInsert): Promise<EditionRow> {
  const [row] = await db.insert(editions).values(values).returning();
  return row!;
}

export async function updateEdition(db: DbOrTx, id: string, values: Partial<typeof editions.$inferInsert>) {
  const [row] = await db
    .update(editions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(editions.id, id))
    .returning();
  return row;
}

/** Locks the edition row for the rest of the transaction (status changes, copies). */
export async function lockEdition(db: DbOrTx, id: string): Promise<EditionRow | undefined> {
  const [row] = await db.select().from(editions).where(eq(editions.id, id)).for('update');
  return row;
}

export async function themesOf(db: DbOrTx, editionId: string): Promise<ThemeRow[]> {
  return db.select().from(themes).where(eq(themes.editionId, editionId)).orderBy(asc(themes.position));
}

export async function objectivesOf(db: DbOrTx, editionId: string): Promise<ObjectiveRow[]> {
  return db
    .select()
    .from(objectives)
    .where(eq(objectives.editionId, editionId))
    .orderBy(asc(objectives.position));
}

export async function findTheme(db: DbOrTx, id: string): Promise<ThemeRow | undefined> {
  const [row] = await db.select().from(themes).where(eq(themes.id, id));
  return row;
}

export async function findObjective(db: DbOrTx, id: string): Promise<ObjectiveRow | undefined> {
  const [row] = await db.select().from(objectives).where(eq(objectives.id, id));
  return row;
}

export async function nextThemePosition(db: DbOrTx, editionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${themes.position}), 0)::int` })
    .from(themes)
    .where(eq(themes.editionId, editionId));
  return (row?.n ?? 0) + 1;
}

export async function nextObjectivePosition(db: DbOrTx, themeId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${objectives.position}), 0)::int` })
    .from(objectives)
    .where(eq(objectives.themeId, themeId));
  return (row?.n ?? 0) + 1;
}

export async function insertTheme(db: DbOrTx, values: typeof themes.$inferInsert): Promise<ThemeRow> {
  const [row] = await db.insert(themes).values(values).returning();
  return row!;
}

export async function updateTheme(db: DbOrTx, id: string, values: Partial<typeof themes.$inferInsert>) {
  const [row] = await db.update(themes).set(values).where(eq(themes.id, id)).returning();
  return row;
}

export async function insertObjective(
  db: DbOrTx,
  values: typeof objectives.$inferInsert,
): Promise<ObjectiveRow> {
  const [row] = await db.insert(objectives).values(values).returning();
  return row!;
}

export async function updateObjective(
  db: DbOrTx,
  id: string,
  values: Partial<typeof objectives.$inferInsert>,
) {
  const [row] = await db.update(objectives).set(values).where(eq(objectives.id, id)).returning();
  return row;
}

export async function countQuestionsOfObjective(db: DbOrTx, objectiveId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(questions).where(eq(questions.objectiveId, objectiveId));
  return row?.n ?? 0;
}

export async function countObjectivesOfTheme(db: DbOrTx, themeId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(objectives).where(eq(objectives.themeId, themeId));
  return row?.n ?? 0;
}

export async function deleteTheme(db: DbOrTx, id: string): Promise<void> {
  await db.delete(themes).where(eq(themes.id, id));
}

export async function deleteObjective(db: DbOrTx, id: string): Promise<void> {
  await db.delete(objectives).where(eq(objectives.id, id));
}

/** Approved (live) and in-progress question counts per objective and pool. */
export async function coverageCounts(db: DbOrTx, editionId: string) {
  return db
    .select({
      objectiveId: questions.objectiveId,
      pool: questions.pool,
      approved: sql<number>`count(*) FILTER (WHERE ${questions.approvedVersionId} IS NOT NULL AND ${questions.status} <> 'retired')::int`,
      inProgress: sql<number>`count(*) FILTER (WHERE ${questions.approvedVersionId} IS NULL AND ${questions.status} IN ('draft', 'in_review'))::int`,
    })
    .from(questions)
    .where(eq(questions.editionId, editionId))
    .groupBy(questions.objectiveId, questions.pool);
}
