/** The public page of an edition and the live donation counter, computed from records every time. */
import { TEAM_MIN_PLAYERS } from '../../../domain/ranking/organization-award.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import { findEditionByYear, listEditions, themesOf } from '../editions/repository.ts';
import * as donations from './donation-repository.ts';
import { presentEdition, presentSponsor } from './presenter.ts';
import { cachedPublic } from './public-cache.ts';
import { registrationState } from './registration-state.ts';
import * as repo from './repository.ts';
import type { CounterView, PublicPageView } from './views.ts';

export const AWARDS = ['smartest_organization', 'smartest_manager', 'smartest_employee'] as const;

/**
 * Sponsors give the edition's amount per confirmed participant; companies add pledges
 * (pledged or paid; cancelled ones do not count).
 */
export async function donationCounter(
  db: DbOrTx,
  edition: { id: string; sponsorCentsPerParticipant: number; donationGoalCents: number | null },
): Promise<CounterView> {
  const [confirmed, pledged] = await Promise.all([
    donations.confirmedParticipants(db, edition.id),
    donations.pledgedCents(db, edition.id),
  ]);
  const sponsorTotalCents = confirmed * edition.sponsorCentsPerParticipant;
  return {
    sponsorCentsPerParticipant: edition.sponsorCentsPerParticipant,
    confirmedParticipants: confirmed,
    sponsorTotalCents,
    pledgedCents: pledged,
    totalCents: sponsorTotalCents + pledged,
    goalCents: edition.donationGoalCents,
  };
}

/** Public data of an edition that is past draft (404 for drafts and unknown years). */
export function getPublicPage(ctx: AppContext, year: number): Promise<PublicPageView> {
  return cachedPublic(ctx, `edition:${year}`, async () => {
    const edition = await findEditionByYear(ctx.db, year);
    if (!edition || edition.status === 'draft') throw notFound(`Edition ${year}`);
    const [themes, sponsors, counter, donors, window] = await Promise.all([
      themesOf(ctx.db, edition.id),
      donations.sponsorsOf(ctx.db, edition.id),
      donationCounter(ctx.db, edition),
      donations.donorNames(ctx.db, edition.id),
      repo.findWindow(ctx.db, edition.id),
    ]);
    return {
      edition: {
        ...presentEdition(edition),
        registrationOpen: registrationState(edition, window).open,
        teamMinimum: TEAM_MIN_PLAYERS,
      },
      themes: themes
        .filter((t) => !t.retiredAt)
        .map((t) => ({
          id: t.id,
          titleNl: t.titleNl,
          titleEn: t.titleEn,
          descriptionNl: t.descriptionNl,
          descriptionEn: t.descriptionEn,
        })),
      awards: [...AWARDS],
      sponsors: sponsors.map(presentSponsor).map(({ position: _position, ...s }) => s),
      donations: counter,
      donors: donors.map((name) => ({ name })),
    };
  });
}

/**
 * The edition the public quiz page (`/quiz`) shows: the newest one past draft, so visitors
 * find next year's edition as soon as staff open it. 404 while every edition is a draft.
 */
export function getCurrentEdition(ctx: AppContext): Promise<{ year: number }> {
  return cachedPublic(ctx, 'current-edition', async () => {
    const current = (await listEditions(ctx.db)).find((e) => e.status !== 'draft');
    if (!current) throw notFound('Edition');
    return { year: current.year };
  });
}
