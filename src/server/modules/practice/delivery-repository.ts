/** SQL for practice mails (deliveries), the questions in them (items) and the FSRS cards. */
import { and, asc, eq, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  mailOutbox,
  objectives,
  practiceCards,
  practiceDeliveries,
  practiceItems,
  questionVersions,
  themes,
  users,
} from '../../db/schema/index.ts';

export type DeliveryRow = typeof practiceDeliveries.$inferSelect;
export type ItemRow = typeof practiceItems.$inferSelect;
export type CardRow = typeof practiceCards.$inferSelect;

const CHUNK = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Inserts planned mails; a mail that already exists for (campaign, person, slot) is left as it is. */
export async function insertDeliveries(db: DbOrTx, rows: Array<typeof practiceDeliveries.$inferInsert>) {
  const inserted: Array<{ id: string; userId: string }> = [];
  for (const part of chunks(rows)) {
    inserted.push(
      ...(await db
        .insert(practiceDeliveries)
        .values(part)
        .onConflictDoNothing({
          target: [practiceDeliveries.campaignId, practiceDeliveries.userId, practiceDeliveries.slotAt],
        })
        .returning({ id: practiceDeliveries.id, userId: practiceDeliveries.userId })),
    );
  }
  return inserted;
}

export async function insertItems(db: DbOrTx, rows: Array<typeof practiceItems.$inferInsert>) {
  for (const part of chunks(rows)) await db.insert(practiceItems).values(part);
}

/**
 * Every question a campaign has planned or sent, per person (skipped mails do not count):
 * what the picker needs to know about history and pending questions.
 */
export async function campaignHistory(db: DbOrTx, campaignId: string) {
  return db
    .select({
      userId: practiceItems.userId,
      questionId: practiceItems.questionId,
      themeId: objectives.themeId,
      objectiveId: objectives.id,
      entryCheck: practiceItems.entryCheck,
      answered: sql<boolean>`${practiceItems.answeredAt} IS NOT NULL`,
    })
    .from(practiceItems)
    .innerJoin(practiceDeliveries, eq(practiceDeliveries.id, practiceItems.deliveryId))
    .innerJoin(questionVersions, eq(questionVersions.id, practiceItems.versionId))
    .innerJoin(objectives, eq(objectives.id, questionVersions.objectiveId))
    .where(and(eq(practiceItems.campaignId, campaignId), ne(practiceDeliveries.status, 'skipped')));
}

export async function cardsOfCampaign(db: DbOrTx, campaignId: string) {
  return db
    .select({
      userId: practiceCards.userId,
      questionId: practiceCards.questionId,
      due: practiceCards.due,
      lastCredit: practiceCards.lastCredit,
    })
    .from(practiceCards)
    .where(eq(practiceCards.campaignId, campaignId));
}

/**
 * Claims up to `limit` planned mails whose send time has come. SKIP LOCKED lets several
 * senders work side by side without ever taking the same row.
 */
export async function claimPlanned(db: DbOrTx, campaignId: string, limit: number, now: Date) {
  return db
    .select({ id: practiceDeliveries.id, userId: practiceDeliveries.userId, kind: practiceDeliveries.kind })
    .from(practiceDeliveries)
    .where(
      and(
        eq(practiceDeliveries.campaignId, campaignId),
        eq(practiceDeliveries.status, 'planned'),
        lte(practiceDeliveries.slotAt, now),
      ),
    )
    .orderBy(asc(practiceDeliveries.slotAt), asc(practiceDeliveries.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function peopleByIds(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(inArray(users.id, userIds));
}

/** The questions of these mails, with what the mail shows (content, theme titles). */
export async function itemsForMail(db: DbOrTx, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return [];
  return db
    .select({
      id: practiceItems.id,
      deliveryId: practiceItems.deliveryId,
      position: practiceItems.position,
      optionOrder: practiceItems.optionOrder,
      content: questionVersions.content,
      themeNl: themes.titleNl,
      themeEn: themes.titleEn,
    })
    .from(practiceItems)
    .innerJoin(questionVersions, eq(questionVersions.id, practiceItems.versionId))
    .innerJoin(objectives, eq(objectives.id, questionVersions.objectiveId))
    .innerJoin(themes, eq(themes.id, objectives.themeId))
    .where(inArray(practiceItems.deliveryId, deliveryIds))
    .orderBy(asc(practiceItems.deliveryId), asc(practiceItems.position));
}

export async function markSent(db: DbOrTx, id: string, outboxId: string, at: Date) {
  await db
    .update(practiceDeliveries)
    .set({ status: 'sent', outboxId, sentAt: at })
    .where(eq(practiceDeliveries.id, id));
}

export async function markSkipped(db: DbOrTx, ids: string[], reason: string) {
  if (ids.length === 0) return;
  await db
    .update(practiceDeliveries)
    .set({ status: 'skipped', skipReason: reason })
    .where(and(inArray(practiceDeliveries.id, ids), eq(practiceDeliveries.status, 'planned')));
}

/** Mails of the campaign sent since `since` (the pace is per minute). */
export async function sentSince(db: DbOrTx, campaignId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(practiceDeliveries)
    .where(
      and(
        eq(practiceDeliveries.campaignId, campaignId),
        eq(practiceDeliveries.status, 'sent'),
        sql`${practiceDeliveries.sentAt} > ${since}`,
      ),
    );
  return row?.n ?? 0;
}

export async function plannedIdsOf(db: DbOrTx, campaignId: string): Promise<string[]> {
  const rows = await db
    .select({ id: practiceDeliveries.id })
    .from(practiceDeliveries)
    .where(and(eq(practiceDeliveries.campaignId, campaignId), eq(practiceDeliveries.status, 'planned')));
  return rows.map((r) => r.id);
}

/**
 * Outbox rows of sent practice mails that still wait for delivery and are older than a
 * couple of minutes: normally their job is queued; after a crash between the commit and
 * the queueing it is not. Queuing again is harmless (the job id is the outbox id).
 */
export async function waitingOutbox(db: DbOrTx, campaignId: string, limit = 500): Promise<string[]> {
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(practiceDeliveries)
    .innerJoin(mailOutbox, eq(mailOutbox.id, practiceDeliveries.outboxId))
    .where(
      and(
        eq(practiceDeliveries.campaignId, campaignId),
        eq(mailOutbox.status, 'queued'),
        sql`${mailOutbox.createdAt} < now() - interval '2 minutes'`,
      ),
    )
    .limit(limit);
  return rows.map((r) => r.id);
}

/** One item with its mail's status and send time; `lock` for answering. */
export async function findItem(db: DbOrTx, id: string, lock = false) {
  const query = db
    .select({
      item: practiceItems,
      deliveryStatus: practiceDeliveries.status,
      sentAt: practiceDeliveries.sentAt,
    })
    .from(practiceItems)
    .innerJoin(practiceDeliveries, eq(practiceDeliveries.id, practiceItems.deliveryId))
    .where(eq(practiceItems.id, id));
  const [row] = lock ? await query.for('update', { of: practiceItems }) : await query;
  return row;
}
export type ItemWithDelivery = NonNullable<Awaited<ReturnType<typeof findItem>>>;

export async function markOpened(db: DbOrTx, itemId: string, at: Date) {
  await db
    .update(practiceItems)
    .set({ openedAt: at })
    .where(and(eq(practiceItems.id, itemId), isNull(practiceItems.openedAt)));
}

export async function saveAnswer(
  db: DbOrTx,
  itemId: string,
  values: Partial<typeof practiceItems.$inferInsert>,
) {
  await db.update(practiceItems).set(values).where(eq(practiceItems.id, itemId));
}

export async function findCard(db: DbOrTx, campaignId: string, userId: string, questionId: string) {
  const [row] = await db
    .select()
    .from(practiceCards)
    .where(
      and(
        eq(practiceCards.campaignId, campaignId),
        eq(practiceCards.userId, userId),
        eq(practiceCards.questionId, questionId),
      ),
    );
  return row;
}

export async function saveCard(db: DbOrTx, values: typeof practiceCards.$inferInsert) {
  await db
    .insert(practiceCards)
    .values(values)
    .onConflictDoUpdate({
      target: [practiceCards.campaignId, practiceCards.userId, practiceCards.questionId],
      set: { due: values.due, lastCredit: values.lastCredit, card: values.card, updatedAt: values.updatedAt },
    });
}

/** A person's sent, unanswered questions, oldest mail first (what "next question" offers). */
export async function openItemsOf(db: DbOrTx, campaignId: string, userId: string) {
  return db
    .select({ item: practiceItems, sentAt: practiceDeliveries.sentAt })
    .from(practiceItems)
    .innerJoin(practiceDeliveries, eq(practiceDeliveries.id, practiceItems.deliveryId))
    .where(
      and(
        eq(practiceItems.campaignId, campaignId),
        eq(practiceItems.userId, userId),
        eq(practiceDeliveries.status, 'sent'),
        isNull(practiceItems.answeredAt),
      ),
    )
    .orderBy(asc(practiceDeliveries.sentAt), asc(practiceItems.position));
}

export async function versionContent(db: DbOrTx, versionId: string) {
  const [row] = await db
    .select({
      content: questionVersions.content,
      themeId: themes.id,
      themeNl: themes.titleNl,
      themeEn: themes.titleEn,
    })
    .from(questionVersions)
    .innerJoin(objectives, eq(objectives.id, questionVersions.objectiveId))
    .innerJoin(themes, eq(themes.id, objectives.themeId))
    .where(eq(questionVersions.id, versionId));
  return row;
}

export async function findDelivery(db: DbOrTx, id: string) {
  const [row] = await db.select().from(practiceDeliveries).where(eq(practiceDeliveries.id, id));
  return row;
}
