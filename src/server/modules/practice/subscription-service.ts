/**
 * Who wants practice mail: a participant's own pause or stop (by link without logging in,
 * by the mail client's one-click unsubscribe, or in the web app), and the suppression list
 * of addresses that bounced or complained.
 */
import { amsterdamDate } from '../../../domain/practice/cadence.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { invalidField, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { markBounced } from '../registration/member-service.ts';
import * as deliveries from './delivery-repository.ts';
import { campaignNotFound, linkInvalid } from './errors.ts';
import { parseUnsubscribeLink, verifyUnsubscribeLink } from './links.ts';
import * as repo from './repository.ts';
import * as subs from './subscription-repository.ts';

export interface SubscriptionChoiceInput {
  status: 'active' | 'paused' | 'stopped';
  /** YYYY-MM-DD; only with paused (absent = until resumed). */
  pausedUntil?: string | null | undefined;
}

export interface SubscriptionView {
  edition: { year: number; name: string };
  status: 'active' | 'paused' | 'stopped';
  pausedUntil: string | null;
}

type Via = 'link' | 'list_unsubscribe' | 'web';

async function saveChoice(
  ctx: AppContext,
  campaignId: string,
  userId: string,
  choice: SubscriptionChoiceInput,
  via: Via,
) {
  const pausedUntil = choice.status === 'paused' ? (choice.pausedUntil ?? null) : null;
  if (pausedUntil && pausedUntil < amsterdamDate(ctx.clock.now().getTime())) {
    throw invalidField('pausedUntil', 'in_past', 'must be today or later');
  }
  await ctx.db.transaction(async (tx) => {
    await subs.saveSubscription(tx, {
      campaignId,
      userId,
      status: choice.status,
      pausedUntil,
      via,
      changedAt: ctx.clock.now(),
    });
    await recordAudit(tx, {
      actorId: via === 'web' ? userId : null,
      action: `practice.subscription_${choice.status}`,
      entityType: 'practice_campaign',
      entityId: campaignId,
      details: { userId, via, ...(pausedUntil ? { pausedUntil } : {}) },
    });
  });
  return { status: choice.status, pausedUntil };
}

/** The delivery and campaign an unsubscribe token stands for, or `link_invalid`. */
async function resolveUnsubscribe(ctx: AppContext, token: string) {
  const parsed = parseUnsubscribeLink(token);
  if (!parsed) throw linkInvalid();
  const delivery = await deliveries.findDelivery(ctx.db, parsed.deliveryId);
  if (!delivery || !verifyUnsubscribeLink(ctx.config.sessionSecret, token, delivery.userId))
    throw linkInvalid();
  const campaign = await repo.findCampaign(ctx.db, delivery.campaignId);
  if (!campaign) throw linkInvalid();
  const edition = (await repo.editionBrief(ctx.db, campaign.editionId))!;
  return { delivery, campaign, edition };
}

/** What the unsubscribe page shows before the person chooses. */
export async function subscriptionByLink(ctx: AppContext, token: string): Promise<SubscriptionView> {
  const { delivery, campaign, edition } = await resolveUnsubscribe(ctx, token);
  const sub = await subs.findSubscription(ctx.db, campaign.id, delivery.userId);
  return {
    edition: { year: edition.year, name: edition.name },
    status: sub?.status ?? 'active',
    pausedUntil: sub?.pausedUntil ?? null,
  };
}

/** Pause, stop or resume by the link in a mail (works without logging in; never expires). */
export async function changeSubscriptionByLink(
  ctx: AppContext,
  token: string,
  choice: SubscriptionChoiceInput,
  via: 'link' | 'list_unsubscribe',
): Promise<SubscriptionView> {
  const { delivery, campaign, edition } = await resolveUnsubscribe(ctx, token);
  const saved = await saveChoice(ctx, campaign.id, delivery.userId, choice, via);
  return { edition: { year: edition.year, name: edition.name }, ...saved };
}

export async function changeMySubscription(
  ctx: AppContext,
  me: Principal,
  year: number,
  choice: SubscriptionChoiceInput,
): Promise<SubscriptionView> {
  const found = await repo.campaignOfYear(ctx.db, year);
  if (!found) throw notFound(`Edition ${year}`);
  if (!found.campaign) throw campaignNotFound();
  const saved = await saveChoice(ctx, found.campaign.id, me.id, choice, 'web');
  return { edition: { year: found.edition.year, name: found.edition.name }, ...saved };
}

export type SuppressionReason = 'bounce' | 'complaint' | 'manual';

/**
 * Puts an address on the suppression list: no practice mail goes there any more. Its open
 * invitations are marked bounced too (registration decides what that means for them).
 */
export async function suppressAddress(
  ctx: AppContext,
  actor: Principal | null,
  email: string,
  reason: SuppressionReason,
  detail?: string | null,
): Promise<{ added: boolean }> {
  const address = email.trim().toLowerCase();
  const added = await ctx.db.transaction(async (tx) => {
    const isNew = await subs.insertSuppression(tx, {
      email: address,
      reason,
      detail: detail ?? null,
      createdBy: actor?.id ?? null,
      createdAt: ctx.clock.now(),
    });
    if (isNew) {
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        action: 'practice.address_suppressed',
        entityType: 'mail_address',
        entityId: address,
        details: { reason, ...(detail ? { detail } : {}) },
      });
    }
    return isNew;
  });
  if (reason !== 'manual') await markBounced(ctx, actor, address, `practice mail ${reason}`);
  return { added };
}

export async function liftSuppression(ctx: AppContext, actor: Principal, email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  await ctx.db.transaction(async (tx) => {
    if (!(await subs.deleteSuppression(tx, address))) throw notFound('Suppressed address');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'practice.address_unsuppressed',
      entityType: 'mail_address',
      entityId: address,
    });
  });
}

export async function listSuppressions(ctx: AppContext) {
  return (await subs.listSuppressions(ctx.db)).map((s) => ({
    email: s.email,
    reason: s.reason,
    detail: s.detail,
    createdAt: s.createdAt.toISOString(),
  }));
}
