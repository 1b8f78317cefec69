/** SQL for practice figures: a participant's own progress, team participation, campaign progress. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  mailOutbox,
  objectives,
  practiceCampaigns,
  practiceDeliveries,
  practiceItems,
  practiceSuppressions,
  questionVersions,
  teamMembers,
  users,
} from '../../db/schema/index.ts';

type Rows<T> = { rows: T[] };

/** A person's sent questions with theme and outcome (for streak and per-theme progress). */
export async function sentQuestionsOf(db: DbOrTx, campaignId: string, userId: string) {
  return db
    .select({
      deliveryId: practiceItems.deliveryId,
      sentAt: practiceDeliveries.sentAt,
      themeId: objectives.themeId,
      entryCheck: practiceItems.entryCheck,
      answeredAt: practiceItems.answeredAt,
      credit: practiceItems.credit,
    })
    .from(practiceItems)
    .innerJoin(practiceDeliveries, eq(practiceDeliveries.id, practiceItems.deliveryId))
    .innerJoin(questionVersions, eq(questionVersions.id, practiceItems.versionId))
    .innerJoin(objectives, eq(objectives.id, questionVersions.objectiveId))
    .where(
      and(
        eq(practiceItems.campaignId, campaignId),
        eq(practiceItems.userId, userId),
        eq(practiceDeliveries.status, 'sent'),
      ),
    );
}

/**
 * Per confirmed participant of some teams: how much they practised. Only aggregates of this
 * leave the server (coordinators see teams, not people).
 */
export async function practicePerMember(
  db: DbOrTx,
  campaignId: string,
  editionId: string,
  teamIds: string[],
) {
  if (teamIds.length === 0) return [];
  return db
    .select({
      teamId: teamMembers.teamId,
      userId: teamMembers.userId,
      answered: sql<number>`count(${practiceItems.id}) FILTER (WHERE ${practiceItems.answeredAt} IS NOT NULL)::int`,
      entryCheckAnswered: sql<number>`count(${practiceItems.id}) FILTER (WHERE ${practiceItems.answeredAt} IS NOT NULL AND ${practiceItems.entryCheck})::int`,
      entryCheckTotal: sql<number>`count(${practiceItems.id}) FILTER (WHERE ${practiceItems.entryCheck})::int`,
      lastAnsweredAt: sql<Date | null>`max(${practiceItems.answeredAt})`.mapWith((v) =>
        v ? new Date(v) : null,
      ),
    })
    .from(teamMembers)
    .leftJoin(
      practiceItems,
      and(eq(practiceItems.userId, teamMembers.userId), eq(practiceItems.campaignId, campaignId)),
    )
    .where(
      and(
        eq(teamMembers.editionId, editionId),
        eq(teamMembers.status, 'confirmed'),
        inArray(teamMembers.teamId, teamIds),
      ),
    )
    .groupBy(teamMembers.teamId, teamMembers.userId);
}

export async function deliveryTotals(db: DbOrTx, campaignId: string) {
  const result = await db.execute(sql`
    SELECT
      count(*)::int AS scheduled,
      count(*) FILTER (WHERE d.status = 'planned')::int AS planned,
      count(*) FILTER (WHERE d.status = 'sent')::int AS sent,
      count(*) FILTER (WHERE d.status = 'skipped')::int AS skipped,
      count(*) FILTER (WHERE d.skip_reason = 'suppressed')::int AS suppressed,
      count(*) FILTER (WHERE d.skip_reason IN ('stopped', 'paused'))::int AS unsubscribed,
      count(*) FILTER (WHERE o.status = 'sent')::int AS delivered,
      count(*) FILTER (WHERE o.status = 'failed')::int AS failed,
      count(*) FILTER (WHERE d.kind = 'entry_check' AND d.status = 'sent')::int AS entry_checks_sent
    FROM ${practiceDeliveries} d LEFT JOIN ${mailOutbox} o ON o.id = d.outbox_id
    WHERE d.campaign_id = ${campaignId}`);
  const row = (result as unknown as Rows<Record<string, number>>).rows[0] ?? {};
  return {
    scheduled: row.scheduled ?? 0,
    planned: row.planned ?? 0,
    sent: row.sent ?? 0,
    skipped: row.skipped ?? 0,
    suppressed: row.suppressed ?? 0,
    unsubscribed: row.unsubscribed ?? 0,
    delivered: row.delivered ?? 0,
    failed: row.failed ?? 0,
    entryChecksSent: row.entry_checks_sent ?? 0,
  };
}

export async function itemTotals(db: DbOrTx, campaignId: string) {
  const result = await db.execute(sql`
    SELECT
      count(*)::int AS questions_sent,
      count(*) FILTER (WHERE i.answered_at IS NOT NULL)::int AS answered,
      count(*) FILTER (WHERE i.credit = 1)::int AS correct,
      count(DISTINCT i.user_id) FILTER (WHERE i.answered_at IS NOT NULL)::int AS practising
    FROM ${practiceItems} i JOIN ${practiceDeliveries} d ON d.id = i.delivery_id
    WHERE i.campaign_id = ${campaignId} AND d.status = 'sent'`);
  const row = (result as unknown as Rows<Record<string, number>>).rows[0] ?? {};
  return {
    questionsSent: row.questions_sent ?? 0,
    answered: row.answered ?? 0,
    correct: row.correct ?? 0,
    practising: row.practising ?? 0,
  };
}

/**
 * Mails sent and questions answered per hour (UTC). Amsterdam is a whole number of hours
 * from UTC, so the service turns hours into local days exactly.
 */
export async function hourlyActivity(db: DbOrTx, campaignId: string) {
  const sent = await db.execute(sql`
    SELECT date_trunc('hour', sent_at) AS hour, count(*)::int AS n
    FROM ${practiceDeliveries} WHERE campaign_id = ${campaignId} AND status = 'sent'
    GROUP BY 1`);
  const answered = await db.execute(sql`
    SELECT date_trunc('hour', answered_at) AS hour, count(*)::int AS n
    FROM ${practiceItems} WHERE campaign_id = ${campaignId} AND answered_at IS NOT NULL
    GROUP BY 1`);
  const read = (r: unknown) =>
    (r as Rows<{ hour: string | Date; n: number }>).rows.map((x) => ({ hour: new Date(x.hour), n: x.n }));
  return { sent: read(sent), answered: read(answered) };
}

/** The newest planned send: how far its mails have gone out (the live progress bar). */
export async function latestSendProgress(db: DbOrTx, campaignId: string) {
  const [latest] = await db
    .select({ slotAt: practiceDeliveries.slotAt })
    .from(practiceDeliveries)
    .where(eq(practiceDeliveries.campaignId, campaignId))
    .orderBy(desc(practiceDeliveries.slotAt))
    .limit(1);
  if (!latest) return undefined;
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      planned: sql<number>`count(*) FILTER (WHERE ${practiceDeliveries.status} = 'planned')::int`,
      sent: sql<number>`count(*) FILTER (WHERE ${practiceDeliveries.status} = 'sent')::int`,
      skipped: sql<number>`count(*) FILTER (WHERE ${practiceDeliveries.status} = 'skipped')::int`,
      delivered: sql<number>`count(${mailOutbox.id}) FILTER (WHERE ${mailOutbox.status} = 'sent')::int`,
    })
    .from(practiceDeliveries)
    .leftJoin(mailOutbox, eq(mailOutbox.id, practiceDeliveries.outboxId))
    .where(and(eq(practiceDeliveries.campaignId, campaignId), eq(practiceDeliveries.slotAt, latest.slotAt)));
  return { slotAt: latest.slotAt, ...row! };
}

/** Suppressed addresses among an edition's confirmed participants, per reason. */
export async function suppressedParticipants(db: DbOrTx, editionId: string) {
  return db
    .select({ reason: practiceSuppressions.reason, n: sql<number>`count(*)::int` })
    .from(practiceSuppressions)
    .innerJoin(users, sql`lower(${users.email}) = ${practiceSuppressions.email}`)
    .innerJoin(
      teamMembers,
      and(
        eq(teamMembers.userId, users.id),
        eq(teamMembers.editionId, editionId),
        eq(teamMembers.status, 'confirmed'),
      ),
    )
    .groupBy(practiceSuppressions.reason);
}

/** Every answered practice question of an edition, as stored for the results (baseline ability). */
export async function answeredItemsOfEdition(db: DbOrTx, editionId: string) {
  return db
    .select({
      userId: practiceItems.userId,
      questionId: practiceItems.questionId,
      versionId: practiceItems.versionId,
      objectiveId: questionVersions.objectiveId,
      entryCheck: practiceItems.entryCheck,
      sentAt: practiceDeliveries.sentAt,
      openedAt: practiceItems.openedAt,
      answeredAt: practiceItems.answeredAt,
      credit: practiceItems.credit,
      channel: practiceItems.channel,
    })
    .from(practiceItems)
    .innerJoin(practiceCampaigns, eq(practiceCampaigns.id, practiceItems.campaignId))
    .innerJoin(practiceDeliveries, eq(practiceDeliveries.id, practiceItems.deliveryId))
    .innerJoin(questionVersions, eq(questionVersions.id, practiceItems.versionId))
    .where(and(eq(practiceCampaigns.editionId, editionId), sql`${practiceItems.answeredAt} IS NOT NULL`))
    .orderBy(practiceItems.userId, practiceItems.answeredAt);
}
