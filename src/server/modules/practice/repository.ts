/** SQL for practice campaigns and what they draw on: participants, practice questions, themes. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  editions,
  objectives,
  practiceCampaigns,
  questions,
  questionVersions,
  teamMembers,
  teams,
  themes,
  users,
} from '../../db/schema/index.ts';

export type CampaignRow = typeof practiceCampaigns.$inferSelect;

const editionFields = {
  id: editions.id,
  year: editions.year,
  name: editions.name,
  practiceStartsOn: editions.practiceStartsOn,
  practiceEndsOn: editions.practiceEndsOn,
};

export async function findCampaign(db: DbOrTx, id: string, lock = false): Promise<CampaignRow | undefined> {
  const query = db.select().from(practiceCampaigns).where(eq(practiceCampaigns.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findCampaignOfEdition(
  db: DbOrTx,
  editionId: string,
  lock = false,
): Promise<CampaignRow | undefined> {
  const query = db.select().from(practiceCampaigns).where(eq(practiceCampaigns.editionId, editionId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertCampaign(db: DbOrTx, values: typeof practiceCampaigns.$inferInsert) {
  const [row] = await db.insert(practiceCampaigns).values(values).returning();
  return row!;
}

export async function updateCampaign(
  db: DbOrTx,
  id: string,
  values: Partial<typeof practiceCampaigns.$inferInsert>,
): Promise<CampaignRow> {
  const [row] = await db
    .update(practiceCampaigns)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(practiceCampaigns.id, id))
    .returning();
  return row!;
}

/** Active campaigns with their edition's practice period (what the sender works through). */
export async function activeCampaigns(db: DbOrTx, editionId?: string) {
  return db
    .select({ campaign: practiceCampaigns, edition: editionFields })
    .from(practiceCampaigns)
    .innerJoin(editions, eq(editions.id, practiceCampaigns.editionId))
    .where(
      and(
        eq(practiceCampaigns.status, 'active'),
        editionId ? eq(practiceCampaigns.editionId, editionId) : undefined,
      ),
    );
}
export type ActiveCampaign = Awaited<ReturnType<typeof activeCampaigns>>[number];

export async function editionBrief(db: DbOrTx, editionId: string) {
  const [row] = await db.select(editionFields).from(editions).where(eq(editions.id, editionId));
  return row;
}
export type EditionBrief = NonNullable<Awaited<ReturnType<typeof editionBrief>>>;

/** The campaign of an edition found by year, with the edition (participant pages). */
export async function campaignOfYear(db: DbOrTx, year: number) {
  const [row] = await db
    .select({ campaign: practiceCampaigns, edition: editionFields })
    .from(editions)
    .leftJoin(practiceCampaigns, eq(practiceCampaigns.editionId, editions.id))
    .where(eq(editions.year, year));
  return row;
}

/**
 * Approved practice-pool questions of an edition with the version that is sent. Event-day
 * pools (core, manager) are never practice material, so they are filtered here, at the source.
 */
export async function practiceCandidates(db: DbOrTx, editionId: string) {
  return db
    .select({
      id: questions.id,
      versionId: questionVersions.id,
      themeId: objectives.themeId,
      objectiveId: objectives.id,
      content: questionVersions.content,
    })
    .from(questions)
    .innerJoin(questionVersions, eq(questionVersions.id, questions.approvedVersionId))
    .innerJoin(objectives, eq(objectives.id, questionVersions.objectiveId))
    .where(
      and(
        eq(questions.editionId, editionId),
        eq(questions.pool, 'practice'),
        sql`${questions.status} <> 'retired'`,
      ),
    );
}
export type PracticeCandidateRow = Awaited<ReturnType<typeof practiceCandidates>>[number];

/** Confirmed participants of an edition: the people practice mail goes to. */
export async function confirmedParticipants(db: DbOrTx, editionId: string) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      teamId: teamMembers.teamId,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.editionId, editionId), eq(teamMembers.status, 'confirmed')));
}

/** Which of these people are (still) confirmed participants of the edition. */
export async function confirmedAmong(db: DbOrTx, editionId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.editionId, editionId),
        eq(teamMembers.status, 'confirmed'),
        inArray(teamMembers.userId, userIds),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

export async function isConfirmedParticipant(db: DbOrTx, editionId: string, userId: string) {
  return (await confirmedAmong(db, editionId, [userId])).has(userId);
}

export async function themesOfEdition(db: DbOrTx, editionId: string) {
  return db
    .select({ id: themes.id, titleNl: themes.titleNl, titleEn: themes.titleEn, position: themes.position })
    .from(themes)
    .where(eq(themes.editionId, editionId))
    .orderBy(themes.position);
}

/** The teams of an organisation in an edition (for coordinators' participation figures). */
export async function teamsOfOrganization(db: DbOrTx, editionId: string, organizationId: string) {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.editionId, editionId), eq(teams.organizationId, organizationId)))
    .orderBy(teams.name);
}
