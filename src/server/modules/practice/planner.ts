/**
 * Plans a campaign's send: when a send time has come, one practice mail per participant is
 * written as a `planned` row, with its questions chosen for that person. Sending is the
 * sender's job; planning only decides who gets what.
 */
import {
  amsterdamDate,
  type Cadence,
  type PracticePeriod,
  sendSlots,
  slotToPlan,
} from '../../../domain/practice/cadence.ts';
import { type Pick, pickQuestions, type QuestionMemory } from '../../../domain/practice/pick.ts';
import { heldBackBy } from '../../../domain/practice/subscription.ts';
import { seedFromString } from '../../../domain/random.ts';
import { shuffleOptions } from '../../../domain/scoring/option-order.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import * as deliveries from './delivery-repository.ts';
import type { CampaignRow, PracticeCandidateRow } from './repository.ts';
import * as repo from './repository.ts';
import { subscriptionsOf } from './subscription-repository.ts';

export function cadenceOf(campaign: CampaignRow): Cadence {
  return { weekdays: campaign.weekdays, sendTime: campaign.sendTime.slice(0, 5) };
}

export function periodOf(edition: {
  practiceStartsOn: string | null;
  practiceEndsOn: string | null;
}): PracticePeriod | undefined {
  if (!edition.practiceStartsOn || !edition.practiceEndsOn) return undefined;
  return { startsOn: edition.practiceStartsOn, endsOn: edition.practiceEndsOn };
}

export interface PlanResult {
  slotAt: Date;
  deliveries: number;
  entryChecks: number;
}

/**
 * Plans the send that is due now, if any. The campaign row is locked while planning, so
 * two senders (a job and the CLI) cannot plan the same send twice; the unique
 * (campaign, person, slot) constraint backs that up.
 */
export async function planDueSend(
  ctx: AppContext,
  active: repo.ActiveCampaign,
  now: Date,
): Promise<PlanResult | undefined> {
  const period = periodOf(active.edition);
  if (!period) return undefined;
  const slots = sendSlots(period, cadenceOf(active.campaign));
  const slot = slotToPlan(slots, now.getTime(), active.campaign.lastPlannedSlotAt?.getTime() ?? null);
  if (slot === undefined) return undefined;
  return ctx.db.transaction(async (tx) => {
    const campaign = await repo.findCampaign(tx, active.campaign.id, true);
    if (campaign?.status !== 'active') return undefined;
    if (campaign.lastPlannedSlotAt && campaign.lastPlannedSlotAt.getTime() >= slot) return undefined;
    const result = await planSlot(tx, campaign, active.edition.id, slot);
    await repo.updateCampaign(tx, campaign.id, { lastPlannedSlotAt: new Date(slot) });
    await recordAudit(tx, {
      actorId: null,
      action: 'practice.send_planned',
      entityType: 'practice_campaign',
      entityId: campaign.id,
      details: { slotAt: new Date(slot).toISOString(), ...result },
    });
    return { slotAt: new Date(slot), ...result };
  });
}

async function planSlot(tx: Tx, campaign: CampaignRow, editionId: string, slot: number) {
  const participants = await repo.confirmedParticipants(tx, editionId);
  const subscriptions = await subscriptionsOf(tx, campaign.id);
  const candidates = await repo.practiceCandidates(tx, editionId);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const entrySet = (campaign.entryCheckQuestionIds ?? []).flatMap((id) => byId.get(id) ?? []);
  const history = groupBy(await deliveries.campaignHistory(tx, campaign.id), (h) => h.userId);
  const cards = groupBy(await deliveries.cardsOfCampaign(tx, campaign.id), (c) => c.userId);
  const slotDate = amsterdamDate(slot);

  const planned: Array<{ userId: string; entryCheck: boolean; questions: PracticeCandidateRow[] }> = [];
  for (const person of participants) {
    if (heldBackBy(subscriptions.get(person.userId), slotDate)) continue;
    const past = history.get(person.userId) ?? [];
    // Whoever has not had the entry check yet (also a late joiner) gets it first.
    const entryCheck = !past.some((h) => h.entryCheck);
    const questions = entryCheck
      ? entrySet
      : pickQuestions<PracticeCandidateRow>({
          candidates,
          memories: (cards.get(person.userId) ?? []).map(
            (c): QuestionMemory => ({
              questionId: c.questionId,
              due: c.due.getTime(),
              lastCredit: c.lastCredit,
            }),
          ),
          pending: new Set(past.filter((h) => !h.answered).map((h) => h.questionId)),
          history: past,
          count: campaign.questionsPerSend,
          now: slot,
          seed: seedFromString(`${campaign.id}:${person.userId}:${slot}`),
        }).map((p: Pick<PracticeCandidateRow>) => p.question);
    if (questions.length > 0) planned.push({ userId: person.userId, entryCheck, questions });
  }

  const inserted = await deliveries.insertDeliveries(
    tx,
    planned.map((p) => ({
      campaignId: campaign.id,
      userId: p.userId,
      slotAt: new Date(slot),
      kind: p.entryCheck ? ('entry_check' as const) : ('practice' as const),
    })),
  );
  const deliveryOf = new Map(inserted.map((d) => [d.userId, d.id]));
  await deliveries.insertItems(
    tx,
    planned.flatMap((p) => {
      const deliveryId = deliveryOf.get(p.userId);
      if (!deliveryId) return [];
      return p.questions.map((q, position) => ({
        deliveryId,
        campaignId: campaign.id,
        userId: p.userId,
        position,
        questionId: q.id,
        versionId: q.versionId,
        entryCheck: p.entryCheck,
        optionOrder: shuffleOptions(
          q.content.type,
          q.content.options.length,
          seedFromString(`${deliveryId}:${q.id}`),
        ),
      }));
    }),
  );
  return {
    deliveries: inserted.length,
    entryChecks: planned.filter((p) => p.entryCheck && deliveryOf.has(p.userId)).length,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return map;
}
