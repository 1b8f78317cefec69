/**
 * Practice figures for three audiences: a participant's own progress, a coordinator's view
 * of participation per team (never individual answers), and staff's campaign progress.
 */
import { amsterdamDate, nextSlot, sendSlots } from '../../../domain/practice/cadence.ts';
import { practiceProgress } from '../../../domain/practice/progress.ts';
import type { AppContext } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { campaignNotFound } from './errors.ts';
import { cadenceOf, periodOf } from './planner.ts';
import * as repo from './repository.ts';
import * as stats from './stats-repository.ts';
import { findSubscription } from './subscription-repository.ts';

const DAY_MS = 86_400_000;

export async function myPractice(ctx: AppContext, userId: string, year: number) {
  const found = await repo.campaignOfYear(ctx.db, year);
  if (!found) throw notFound(`Edition ${year}`);
  const { edition, campaign } = found;
  const participant = await repo.isConfirmedParticipant(ctx.db, edition.id, userId);
  const themes = await repo.themesOfEdition(ctx.db, edition.id);
  const rows = campaign ? await stats.sentQuestionsOf(ctx.db, campaign.id, userId) : [];
  const progress = practiceProgress(
    rows.map((r) => ({
      deliveryId: r.deliveryId,
      sentAt: r.sentAt?.getTime() ?? 0,
      themeId: r.themeId,
      entryCheck: r.entryCheck,
      answeredAt: r.answeredAt?.getTime() ?? null,
      credit: r.credit,
    })),
  );
  const sub = campaign ? await findSubscription(ctx.db, campaign.id, userId) : undefined;
  const period = periodOf(edition);
  const next =
    campaign?.status === 'active' && period
      ? nextSlot(sendSlots(period, cadenceOf(campaign)), ctx.clock.now().getTime())
      : undefined;
  return {
    edition: { id: edition.id, year: edition.year, name: edition.name },
    participant,
    campaign: campaign
      ? {
          status: campaign.status,
          practiceStartsOn: edition.practiceStartsOn,
          practiceEndsOn: edition.practiceEndsOn,
          nextSendAt: next === undefined ? null : new Date(next).toISOString(),
        }
      : null,
    subscription: { status: sub?.status ?? ('active' as const), pausedUntil: sub?.pausedUntil ?? null },
    sent: progress.sent,
    answered: progress.answered,
    correct: progress.correct,
    open: progress.sent - progress.answered,
    streak: progress.streak,
    entryCheck: progress.entryCheck,
    /** Per theme, in the edition's order: data for the progress chart. */
    themes: themes.map((t) => {
      const p = progress.themes.find((x) => x.themeId === t.id);
      return {
        themeId: t.id,
        titleNl: t.titleNl,
        titleEn: t.titleEn,
        sent: p?.sent ?? 0,
        answered: p?.answered ?? 0,
        score: p?.score ?? 0,
      };
    }),
  };
}

/** How a company's teams practise: counts and averages only. */
export async function teamParticipation(ctx: AppContext, editionId: string, organizationId: string) {
  const edition = await repo.editionBrief(ctx.db, editionId);
  if (!edition) throw notFound('Edition');
  const campaign = await repo.findCampaignOfEdition(ctx.db, editionId);
  const teams = await repo.teamsOfOrganization(ctx.db, editionId, organizationId);
  const members = campaign
    ? await stats.practicePerMember(
        ctx.db,
        campaign.id,
        editionId,
        teams.map((t) => t.id),
      )
    : [];
  const weekAgo = ctx.clock.now().getTime() - 7 * DAY_MS;
  return {
    campaignStatus: campaign?.status ?? null,
    teams: teams.map((team) => {
      const list = members.filter((m) => m.teamId === team.id);
      const practising = list.filter((m) => m.answered > 0);
      const answers = list.reduce((s, m) => s + m.answered, 0);
      return {
        teamId: team.id,
        name: team.name,
        participants: list.length,
        practising: practising.length,
        answers,
        answersPerPractisingParticipant:
          practising.length === 0 ? 0 : Math.round((answers / practising.length) * 10) / 10,
        activeLast7Days: list.filter((m) => m.lastAnsweredAt && m.lastAnsweredAt.getTime() >= weekAgo).length,
        entryCheckCompleted: list.filter(
          (m) => m.entryCheckTotal > 0 && m.entryCheckAnswered === m.entryCheckTotal,
        ).length,
      };
    }),
  };
}

/** Staff's live view: totals, per day, and the send that is going out now. */
export async function campaignProgress(ctx: AppContext, editionId: string) {
  const campaign = await repo.findCampaignOfEdition(ctx.db, editionId);
  if (!campaign) throw campaignNotFound();
  const participants = await repo.confirmedParticipants(ctx.db, editionId);
  const totals = await stats.deliveryTotals(ctx.db, campaign.id);
  const items = await stats.itemTotals(ctx.db, campaign.id);
  const suppressed = await stats.suppressedParticipants(ctx.db, editionId);
  const activity = await stats.hourlyActivity(ctx.db, campaign.id);
  const latest = await stats.latestSendProgress(ctx.db, campaign.id);
  const days = new Map<string, { date: string; sent: number; answered: number }>();
  const day = (d: Date) => {
    const date = amsterdamDate(d.getTime());
    const entry = days.get(date) ?? { date, sent: 0, answered: 0 };
    days.set(date, entry);
    return entry;
  };
  for (const a of activity.sent) day(a.hour).sent += a.n;
  for (const a of activity.answered) day(a.hour).answered += a.n;
  const count = (reason: string) => suppressed.find((s) => s.reason === reason)?.n ?? 0;
  return {
    status: campaign.status,
    participants: participants.length,
    practising: items.practising,
    mails: totals,
    questions: { sent: items.questionsSent, answered: items.answered, correct: items.correct },
    bounced: count('bounce'),
    complaints: count('complaint'),
    perDay: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    currentSend: latest
      ? {
          slotAt: latest.slotAt.toISOString(),
          total: latest.total,
          sent: latest.sent,
          skipped: latest.skipped,
          remaining: latest.planned,
          delivered: latest.delivered,
          sending: latest.planned > 0,
          /** Share of the send handled (sent or skipped), 0–100. */
          percent:
            latest.total === 0 ? 100 : Math.floor(((latest.sent + latest.skipped) / latest.total) * 100),
        }
      : null,
    at: ctx.clock.now().toISOString(),
  };
}

export interface PracticeAnswerRecord {
  userId: string;
  questionId: string;
  versionId: string;
  objectiveId: string;
  /** Part of the entry check: the baseline. */
  entryCheck: boolean;
  /** When the mail with the question was sent. */
  sentAt: Date | null;
  /** When the question was first opened (page or app); the send time for one-click answers from the mail. */
  openedAt: Date | null;
  answeredAt: Date;
  /** 0, 0.5 or 1; `correct` is credit === 1 (the dichotomous score the psychometrics use). */
  credit: number;
  correct: boolean;
  channel: 'mail_link' | 'web' | null;
}

/**
 * The practice answers of an edition for the results: per answer the question version, the
 * time shown and answered, the credit, and whether it belonged to the entry check.
 */
export async function practiceAnswerRecords(
  ctx: AppContext,
  editionId: string,
): Promise<PracticeAnswerRecord[]> {
  const rows = await stats.answeredItemsOfEdition(ctx.db, editionId);
  return rows.map((r) => ({
    ...r,
    answeredAt: r.answeredAt!,
    credit: Number(r.credit ?? 0),
    correct: Number(r.credit ?? 0) === 1,
  }));
}
