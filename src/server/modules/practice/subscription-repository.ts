/** SQL for participants' practice-mail choices and the suppression list. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { practiceSubscriptions, practiceSuppressions } from '../../db/schema/index.ts';

export type SubscriptionRow = typeof practiceSubscriptions.$inferSelect;
export type SuppressionRow = typeof practiceSuppressions.$inferSelect;

export async function findSubscription(db: DbOrTx, campaignId: string, userId: string) {
  const [row] = await db
    .select()
    .from(practiceSubscriptions)
    .where(and(eq(practiceSubscriptions.campaignId, campaignId), eq(practiceSubscriptions.userId, userId)));
  return row;
}

export async function subscriptionsOf(db: DbOrTx, campaignId: string, userIds?: string[]) {
  if (userIds && userIds.length === 0) return new Map<string, SubscriptionRow>();
  const rows = await db
    .select()
    .from(practiceSubscriptions)
    .where(
      and(
        eq(practiceSubscriptions.campaignId, campaignId),
        userIds ? inArray(practiceSubscriptions.userId, userIds) : undefined,
      ),
    );
  return new Map(rows.map((r) => [r.userId, r]));
}

export async function saveSubscription(db: DbOrTx, values: typeof practiceSubscriptions.$inferInsert) {
  await db
    .insert(practiceSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: [practiceSubscriptions.campaignId, practiceSubscriptions.userId],
      set: {
        status: values.status,
        pausedUntil: values.pausedUntil ?? null,
        via: values.via,
        changedAt: values.changedAt,
      },
    });
}

/** Adds an address; returns false when it was already on the list (the first reason stays). */
export async function insertSuppression(
  db: DbOrTx,
  values: typeof practiceSuppressions.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(practiceSuppressions)
    .values(values)
    .onConflictDoNothing({ target: practiceSuppressions.email })
    .returning({ email: practiceSuppressions.email });
  return rows.length > 0;
}

export async function deleteSuppression(db: DbOrTx, email: string): Promise<boolean> {
  const rows = await db
    .delete(practiceSuppressions)
    .where(eq(practiceSuppressions.email, email))
    .returning({ email: practiceSuppressions.email });
  return rows.length > 0;
}

export async function listSuppressions(db: DbOrTx): Promise<SuppressionRow[]> {
  return db.select().from(practiceSuppressions).orderBy(asc(practiceSuppressions.createdAt));
}

/** Which of these (lower-cased) addresses are suppressed. */
export async function suppressedAmong(db: DbOrTx, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: practiceSuppressions.email })
    .from(practiceSuppressions)
    .where(inArray(practiceSuppressions.email, emails));
  return new Set(rows.map((r) => r.email));
}
