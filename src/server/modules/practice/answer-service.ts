/**
 * Answering practice questions: by a signed link from a mail (no log-in) or in the web app
 * after log-in. Both record through `recordAnswer`: the first answer counts and is stored
 * with the time shown and answered; a second attempt returns the recorded answer.
 */
import { periodEndInstant } from '../../../domain/practice/cadence.ts';
import { reviewCard } from '../../../domain/practice/memory.ts';
import { type AnswerResponse, type Credit, evaluateAnswer } from '../../../domain/scoring/evaluate.ts';
import { toStoredResponse } from '../../../domain/scoring/option-order.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, invalidField, notFound } from '../../lib/errors.ts';
import * as deliveries from './delivery-repository.ts';
import { linkExpired, linkInvalid, practiceClosed } from './errors.ts';
import { answerUrl, parseAnswerLink, signAnswerLink, verifyAnswerLink } from './links.ts';
import { periodOf } from './planner.ts';
import { type ItemView, presentItem } from './presenter.ts';
import * as repo from './repository.ts';

export interface NextQuestion {
  itemId: string;
  /** A signed link without a chosen option: opens the question to answer it. */
  token: string;
  url: string;
}

export type PracticeItemResult = ItemView & {
  /** True when this request recorded nothing because the question had been answered before. */
  alreadyAnswered: boolean;
  /** From a one-click link: the option (display position) the link stands for. */
  linkOption: number | null;
  /** The person's next unanswered practice question, once this one is answered. */
  next: NextQuestion | null;
  open: number;
};

/** The period end of the item's campaign (epoch ms): answers are taken until then. */
async function periodEndOf(ctx: AppContext, campaignId: string): Promise<number> {
  const campaign = await repo.findCampaign(ctx.db, campaignId);
  const edition = campaign && (await repo.editionBrief(ctx.db, campaign.editionId));
  const period = edition && periodOf(edition);
  if (!period) throw practiceClosed();
  return periodEndInstant(period);
}

/**
 * Checks a token: ours, unaltered, for the person the item belongs to, not expired. Order
 * matters: "expired" is only said of a genuine link.
 */
async function resolveAnswerLink(ctx: AppContext, token: string) {
  const parsed = parseAnswerLink(token);
  if (!parsed) throw linkInvalid();
  const found = await deliveries.findItem(ctx.db, parsed.itemId);
  if (!found || !verifyAnswerLink(ctx.config.sessionSecret, token, found.item.userId)) throw linkInvalid();
  if (ctx.clock.now().getTime() >= parsed.expiresAt) throw linkExpired();
  if (found.deliveryStatus !== 'sent') throw linkInvalid();
  return { found, option: parsed.option };
}

/** What the landing page shows for a link; opening counts as "shown" (the first time). */
export async function viewByLink(ctx: AppContext, token: string): Promise<PracticeItemResult> {
  const { found, option } = await resolveAnswerLink(ctx, token);
  await deliveries.markOpened(ctx.db, found.item.id, ctx.clock.now());
  return result(ctx, found.item.id, { alreadyAnswered: false, linkOption: option });
}

/**
 * Records the answer a link stands for (or, for a link without an option, the response the
 * page sends). A second click records nothing and shows the first answer.
 */
export async function answerByLink(
  ctx: AppContext,
  token: string,
  response: AnswerResponse | undefined,
): Promise<PracticeItemResult> {
  const { found, option } = await resolveAnswerLink(ctx, token);
  const chosen = option ?? response;
  if (chosen === undefined) {
    if (found.item.answeredAt) return result(ctx, found.item.id, { alreadyAnswered: true, linkOption: null });
    throw invalidField('response', 'required', 'Choose an answer.');
  }
  const recorded = await recordAnswer(ctx, found.item.id, chosen, 'mail_link');
  return result(ctx, found.item.id, { alreadyAnswered: !recorded, linkOption: option });
}

/** A logged-in person's own question (opening it counts as "shown"). */
export async function myItem(ctx: AppContext, userId: string, itemId: string): Promise<PracticeItemResult> {
  const found = await deliveries.findItem(ctx.db, itemId);
  if (!found || found.item.userId !== userId || found.deliveryStatus !== 'sent')
    throw notFound('Practice question');
  await deliveries.markOpened(ctx.db, itemId, ctx.clock.now());
  return result(ctx, itemId, { alreadyAnswered: false, linkOption: null });
}

export async function answerAsMe(
  ctx: AppContext,
  userId: string,
  itemId: string,
  response: AnswerResponse,
): Promise<PracticeItemResult> {
  const found = await deliveries.findItem(ctx.db, itemId);
  if (!found || found.item.userId !== userId || found.deliveryStatus !== 'sent')
    throw notFound('Practice question');
  const recorded = await recordAnswer(ctx, itemId, response, 'web');
  return result(ctx, itemId, { alreadyAnswered: !recorded, linkOption: null });
}

/**
 * Stores the first answer to an item and reviews the person's FSRS card for the question,
 * in one transaction. Returns false (recording nothing) when the item was answered before.
 */
async function recordAnswer(
  ctx: AppContext,
  itemId: string,
  response: AnswerResponse,
  channel: 'mail_link' | 'web',
): Promise<boolean> {
  const now = ctx.clock.now();
  const found = await deliveries.findItem(ctx.db, itemId);
  if (!found) throw notFound('Practice question');
  if (found.item.answeredAt) return false;
  if (now.getTime() >= (await periodEndOf(ctx, found.item.campaignId))) throw practiceClosed();
  return ctx.db.transaction(async (tx) => {
    const locked = await deliveries.findItem(tx, itemId, true);
    if (!locked) throw notFound('Practice question');
    const { item } = locked;
    if (item.answeredAt) return false;
    if (locked.deliveryStatus !== 'sent') throw conflict('not_sent', 'This question has not been sent.');
    const { content } = (await deliveries.versionContent(tx, item.versionId))!;
    const stored = toStoredResponse(item.optionOrder, response);
    if (!stored.ok) throw responseError(stored.error);
    const evaluation = evaluateAnswer(content, stored.value);
    if (!evaluation.ok) throw responseError(evaluation.error);
    const credit: Credit = evaluation.value.credit;
    await deliveries.saveAnswer(tx, item.id, {
      answeredAt: now,
      openedAt: item.openedAt ?? now,
      response: stored.value as number | number[],
      credit,
      channel,
    });
    const previous = await deliveries.findCard(tx, item.campaignId, item.userId, item.questionId);
    const card = reviewCard(previous?.card ?? null, credit, now.getTime());
    await deliveries.saveCard(tx, {
      campaignId: item.campaignId,
      userId: item.userId,
      questionId: item.questionId,
      due: new Date(card.due),
      lastCredit: credit,
      card,
      updatedAt: now,
    });
    return true;
  });
}

function responseError(error: { code: string; message: string }) {
  return new AppError(400, error.code, error.message, {
    fields: [{ field: 'response', code: error.code, message: error.message }],
  });
}

async function result(
  ctx: AppContext,
  itemId: string,
  extra: { alreadyAnswered: boolean; linkOption: number | null },
): Promise<PracticeItemResult> {
  const found = (await deliveries.findItem(ctx.db, itemId))!;
  const version = (await deliveries.versionContent(ctx.db, found.item.versionId))!;
  const view = presentItem(found.item, version.content, version, found.sentAt);
  const open = await deliveries.openItemsOf(ctx.db, found.item.campaignId, found.item.userId);
  let next: NextQuestion | null = null;
  const following = open.find((o) => o.item.id !== itemId);
  if (view.answer && following) {
    const token = signAnswerLink(ctx.config.sessionSecret, found.item.userId, {
      itemId: following.item.id,
      option: null,
      expiresAt: await periodEndOf(ctx, found.item.campaignId),
    });
    next = { itemId: following.item.id, token, url: answerUrl(ctx.config.baseUrl, token) };
  }
  return { ...view, ...extra, next, open: open.length };
}

/** A logged-in participant's unanswered practice questions of an edition, oldest first. */
export async function myOpenQuestions(ctx: AppContext, userId: string, year: number) {
  const found = await repo.campaignOfYear(ctx.db, year);
  if (!found) throw notFound(`Edition ${year}`);
  if (!found.campaign) return [];
  const open = await deliveries.openItemsOf(ctx.db, found.campaign.id, userId);
  const views: ItemView[] = [];
  for (const { item, sentAt } of open) {
    const version = (await deliveries.versionContent(ctx.db, item.versionId))!;
    views.push(presentItem(item, version.content, version, sentAt));
  }
  return views;
}
