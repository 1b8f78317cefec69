/** Staff run an edition's practice campaign: settings, start, pause, finish, schedule preview. */
import { amsterdamDate, nextSlot, periodEndInstant, sendSlots } from '../../../domain/practice/cadence.ts';
import { DEFAULT_ENTRY_CHECK_SIZE, drawEntryCheck } from '../../../domain/practice/entry-check.ts';
import { seedFromString } from '../../../domain/random.ts';
import type { CampaignStatus } from '../../db/schema/index.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, isUniqueViolation, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { campaignNotFound } from './errors.ts';
import { cadenceOf, periodOf } from './planner.ts';
import { presentCampaign } from './presenter.ts';
import * as repo from './repository.ts';

export interface CampaignSettings {
  weekdays?: number[] | undefined;
  sendTime?: string | undefined;
  questionsPerSend?: number | undefined;
  entryCheckSize?: number | undefined;
  mailsPerMinute?: number | undefined;
}

async function requireEdition(ctx: AppContext, editionId: string) {
  const edition = await repo.editionBrief(ctx.db, editionId);
  if (!edition) throw notFound('Edition');
  return edition;
}

async function requireCampaign(ctx: AppContext, editionId: string) {
  const edition = await requireEdition(ctx, editionId);
  const campaign = await repo.findCampaignOfEdition(ctx.db, editionId);
  if (!campaign) throw campaignNotFound();
  return { edition, campaign };
}

export async function getCampaign(ctx: AppContext, editionId: string) {
  const { edition, campaign } = await requireCampaign(ctx, editionId);
  return presentCampaign(campaign, edition, ctx.clock.now());
}

export async function createCampaign(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  settings: CampaignSettings,
) {
  const edition = await requireEdition(ctx, editionId);
  try {
    const campaign = await ctx.db.transaction(async (tx) => {
      const row = await repo.insertCampaign(tx, {
        editionId,
        weekdays: settings.weekdays ?? [1, 3, 5],
        sendTime: settings.sendTime ?? '08:30',
        questionsPerSend: settings.questionsPerSend ?? 2,
        entryCheckSize: settings.entryCheckSize ?? DEFAULT_ENTRY_CHECK_SIZE,
        mailsPerMinute: settings.mailsPerMinute ?? 60,
        createdBy: actor.id,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'practice.campaign_created',
        entityType: 'practice_campaign',
        entityId: row.id,
        details: { editionId, ...settings },
      });
      return row;
    });
    return presentCampaign(campaign, edition, ctx.clock.now());
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict('campaign_exists', 'This edition already has a practice campaign.');
    throw err;
  }
}

export async function updateCampaign(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  settings: CampaignSettings,
) {
  const edition = await requireEdition(ctx, editionId);
  const campaign = await ctx.db.transaction(async (tx) => {
    const current = await repo.findCampaignOfEdition(tx, editionId, true);
    if (!current) throw campaignNotFound();
    if (current.status === 'finished')
      throw conflict('campaign_finished', 'A finished campaign cannot be changed.');
    if (
      settings.entryCheckSize !== undefined &&
      settings.entryCheckSize !== current.entryCheckSize &&
      current.entryCheckQuestionIds
    ) {
      throw conflict(
        'entry_check_drawn',
        'The entry check was drawn when the campaign started; its size can no longer change.',
      );
    }
    const row = await repo.updateCampaign(tx, current.id, settings);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'practice.campaign_updated',
      entityType: 'practice_campaign',
      entityId: current.id,
      details: { ...settings },
    });
    return row;
  });
  return presentCampaign(campaign, edition, ctx.clock.now());
}

/**
 * Starts (or resumes) sending. The first start draws the entry check: the same balanced set
 * for every participant, so baselines are comparable.
 */
export async function startCampaign(ctx: AppContext, actor: Principal, editionId: string) {
  const edition = await requireEdition(ctx, editionId);
  const period = periodOf(edition);
  if (!period) {
    throw conflict('no_practice_period', 'Set the practice period of the edition first.');
  }
  const now = ctx.clock.now();
  if (now.getTime() >= periodEndInstant(period)) {
    throw conflict('practice_period_over', 'The practice period of this edition is over.');
  }
  const candidates = await repo.practiceCandidates(ctx.db, editionId);
  if (candidates.length === 0) {
    throw conflict('no_practice_questions', 'There are no approved practice questions in this edition.');
  }
  const campaign = await ctx.db.transaction(async (tx) => {
    const current = await repo.findCampaignOfEdition(tx, editionId, true);
    if (!current) throw campaignNotFound();
    if (current.status === 'active') return current;
    if (current.status === 'finished') throw conflict('campaign_finished', 'This campaign has finished.');
    const entryCheckQuestionIds =
      current.entryCheckQuestionIds ??
      drawEntryCheck(candidates, current.entryCheckSize, seedFromString(`${current.id}:entry-check`)).map(
        (c) => c.id,
      );
    const row = await repo.updateCampaign(tx, current.id, {
      status: 'active',
      entryCheckQuestionIds,
      startedAt: current.startedAt ?? now,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: current.status === 'draft' ? 'practice.campaign_started' : 'practice.campaign_resumed',
      entityType: 'practice_campaign',
      entityId: current.id,
      details: { entryCheckSize: entryCheckQuestionIds.length },
    });
    return row;
  });
  return presentCampaign(campaign, edition, now);
}

export async function setCampaignStatus(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  to: Extract<CampaignStatus, 'paused' | 'finished'>,
) {
  const edition = await requireEdition(ctx, editionId);
  const now = ctx.clock.now();
  const campaign = await ctx.db.transaction(async (tx) => {
    const current = await repo.findCampaignOfEdition(tx, editionId, true);
    if (!current) throw campaignNotFound();
    if (current.status === to) return current;
    const allowed = to === 'paused' ? current.status === 'active' : current.status !== 'draft';
    if (!allowed) {
      throw new AppError(409, 'invalid_transition', `A ${current.status} campaign cannot become ${to}.`, {
        from: current.status,
        to,
      });
    }
    const row = await repo.updateCampaign(tx, current.id, {
      status: to,
      ...(to === 'finished' ? { finishedAt: now } : {}),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: to === 'paused' ? 'practice.campaign_paused' : 'practice.campaign_finished',
      entityType: 'practice_campaign',
      entityId: current.id,
    });
    return row;
  });
  return presentCampaign(campaign, edition, now);
}

/** The send times of the period and what each one means, before or during the campaign. */
export async function previewSchedule(ctx: AppContext, editionId: string) {
  const { edition, campaign } = await requireCampaign(ctx, editionId);
  const period = periodOf(edition);
  const now = ctx.clock.now().getTime();
  const participants = await repo.confirmedParticipants(ctx.db, editionId);
  const candidates = await repo.practiceCandidates(ctx.db, editionId);
  const themes = await repo.themesOfEdition(ctx.db, editionId);
  const entryIds =
    campaign.entryCheckQuestionIds ??
    drawEntryCheck(candidates, campaign.entryCheckSize, seedFromString(`${campaign.id}:entry-check`)).map(
      (c) => c.id,
    );
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const slots = period ? sendSlots(period, cadenceOf(campaign)) : [];
  // Until the first send is planned, the next send time carries the entry check.
  const entryAt = campaign.lastPlannedSlotAt === null ? nextSlot(slots, now) : undefined;
  return {
    practiceStartsOn: edition.practiceStartsOn,
    practiceEndsOn: edition.practiceEndsOn,
    linksExpireAt: period ? new Date(periodEndInstant(period)).toISOString() : null,
    participants: participants.length,
    practiceQuestions: candidates.length,
    minutesPerSend: Math.ceil(participants.length / campaign.mailsPerMinute),
    entryCheck: {
      size: entryIds.length,
      drawn: campaign.entryCheckQuestionIds !== null,
      themes: themes.map((t) => ({
        themeId: t.id,
        titleNl: t.titleNl,
        titleEn: t.titleEn,
        questions: entryIds.filter((id) => byId.get(id)?.themeId === t.id).length,
      })),
    },
    sends: slots.map((at) => ({
      at: new Date(at).toISOString(),
      date: amsterdamDate(at),
      past: at <= now,
      kind: at === entryAt ? ('entry_check' as const) : ('practice' as const),
      questions: at === entryAt ? entryIds.length : campaign.questionsPerSend,
    })),
  };
}
