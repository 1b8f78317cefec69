/**
 * Sends planned practice mails at the campaign's pace. Each batch is one transaction:
 * claim planned rows (FOR UPDATE SKIP LOCKED), write each mail to the outbox, mark the row
 * sent. A crash before the commit leaves the rows planned (sent later, once); after the
 * commit they are sent and never claimed again. The outbox jobs are queued after the
 * commit; a crash in between is repaired by `requeueWaiting`.
 */
import { amsterdamDate, periodEndInstant } from '../../../domain/practice/cadence.ts';
import { heldBackBy } from '../../../domain/practice/subscription.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import * as deliveries from './delivery-repository.ts';
import { practiceMail } from './mail.ts';
import { periodOf } from './planner.ts';
import * as repo from './repository.ts';
import { subscriptionsOf, suppressedAmong } from './subscription-repository.ts';

/** Mails per transaction: small, so a batch commits quickly and progress shows live. */
export const SEND_BATCH_SIZE = 20;

export interface SendResult {
  sent: number;
  skipped: number;
}

export interface SendOptions {
  /** Send at most this many mails in this run (the CLI's --limit; tests interrupt a send with it). */
  limit?: number;
}

export async function sendPlanned(
  ctx: AppContext,
  active: repo.ActiveCampaign,
  options: SendOptions = {},
): Promise<SendResult> {
  const period = periodOf(active.edition);
  if (!period) return { sent: 0, skipped: 0 };
  const campaign = active.campaign;
  const now = ctx.clock.now();
  const expiresAt = periodEndInstant(period);
  const today = amsterdamDate(now.getTime());
  const result: SendResult = { sent: 0, skipped: 0 };
  for (;;) {
    const budget =
      campaign.mailsPerMinute -
      (await deliveries.sentSince(ctx.db, campaign.id, new Date(now.getTime() - 60_000)));
    const take = Math.min(SEND_BATCH_SIZE, budget, (options.limit ?? Number.POSITIVE_INFINITY) - result.sent);
    if (take <= 0) break;
    const batch = await ctx.db.transaction(async (tx) => {
      const claimed = await deliveries.claimPlanned(tx, campaign.id, take, now);
      if (claimed.length === 0) return undefined;
      const userIds = claimed.map((c) => c.userId);
      const people = new Map((await deliveries.peopleByIds(tx, userIds)).map((p) => [p.id, p]));
      const suppressed = await suppressedAmong(
        tx,
        [...people.values()].map((p) => p.email.toLowerCase()),
      );
      const subscriptions = await subscriptionsOf(tx, campaign.id, userIds);
      const confirmed = await repo.confirmedAmong(tx, active.edition.id, userIds);
      const items = await deliveries.itemsForMail(
        tx,
        claimed.map((c) => c.id),
      );
      const outboxIds: string[] = [];
      const skips = new Map<string, string[]>();
      const skip = (id: string, reason: string) => skips.set(reason, [...(skips.get(reason) ?? []), id]);
      for (const row of claimed) {
        const person = people.get(row.userId)!;
        const heldBack = heldBackBy(subscriptions.get(row.userId), today);
        if (suppressed.has(person.email.toLowerCase())) skip(row.id, 'suppressed');
        else if (heldBack) skip(row.id, heldBack);
        else if (!confirmed.has(row.userId)) skip(row.id, 'not_participant');
        else {
          const mail = practiceMail({
            baseUrl: ctx.config.baseUrl,
            secret: ctx.config.sessionSecret,
            person,
            deliveryId: row.id,
            edition: active.edition.name,
            entryCheck: row.kind === 'entry_check',
            items: items.filter((i) => i.deliveryId === row.id),
            endsOn: period.endsOn,
            expiresAt,
          });
          const outboxId = await ctx.mailer.write(
            tx,
            person.email,
            person.locale,
            'practice-questions',
            mail.params,
            { headers: mail.headers },
          );
          await deliveries.markSent(tx, row.id, outboxId, now);
          outboxIds.push(outboxId);
        }
      }
      for (const [reason, ids] of skips) await deliveries.markSkipped(tx, ids, reason);
      return { outboxIds, skipped: claimed.length - outboxIds.length };
    });
    if (!batch) break;
    for (const id of batch.outboxIds) await ctx.mailer.enqueue(id);
    result.sent += batch.outboxIds.length;
    result.skipped += batch.skipped;
  }
  return result;
}

/** Queues outbox rows of sent practice mails whose job was lost (see `waitingOutbox`). */
export async function requeueWaiting(ctx: AppContext, campaignId: string): Promise<number> {
  const ids = await deliveries.waitingOutbox(ctx.db, campaignId);
  for (const id of ids) await ctx.mailer.enqueue(id);
  return ids.length;
}

/**
 * After the practice period no more mail goes out: planned rows are skipped and the
 * campaign is finished.
 */
export async function finishIfOver(ctx: AppContext, active: repo.ActiveCampaign): Promise<boolean> {
  const period = periodOf(active.edition);
  if (!period || ctx.clock.now().getTime() < periodEndInstant(period)) return false;
  await ctx.db.transaction(async (tx) => {
    const campaign = await repo.findCampaign(tx, active.campaign.id, true);
    if (campaign?.status !== 'active') return;
    await deliveries.markSkipped(tx, await deliveries.plannedIdsOf(tx, campaign.id), 'period_ended');
    await repo.updateCampaign(tx, campaign.id, { status: 'finished', finishedAt: ctx.clock.now() });
    await recordAudit(tx, {
      actorId: null,
      action: 'practice.campaign_finished',
      entityType: 'practice_campaign',
      entityId: campaign.id,
      details: { reason: 'period_ended' },
    });
  });
  return true;
}
