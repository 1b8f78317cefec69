/** Company pledges (coordinators pledge, staff mark paid or cancel) and the sponsor list (staff). */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, invalidField, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import * as repo from './donation-repository.ts';
import { presentPledge, presentSponsor } from './presenter.ts';
import { invalidatePublicPage } from './public-cache.ts';
import { requireOrganization } from './team-service.ts';
import type { PledgeView, SponsorView } from './views.ts';
import { requireEdition } from './window-service.ts';

export async function createPledge(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  organizationId: string,
  input: { amountCents: number; message?: string | null | undefined; showName: boolean },
): Promise<PledgeView> {
  const id = await ctx.db.transaction(async (tx) => {
    const edition = await requireEdition(tx, editionId);
    if (edition.status === 'draft' || edition.status === 'archived') {
      throw conflict('donations_closed', 'Donations cannot be pledged for this edition.');
    }
    await requireOrganization(tx, organizationId);
    const pledge = await repo.insertPledge(tx, {
      editionId,
      organizationId,
      amountCents: input.amountCents,
      message: input.message ?? null,
      showName: input.showName,
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'donation_pledge.created',
      entityType: 'donation_pledge',
      entityId: pledge.id,
      details: { organizationId, amountCents: pledge.amountCents, showName: pledge.showName },
    });
    return pledge.id;
  });
  invalidatePublicPage(ctx);
  return getPledge(ctx.db, id);
}

export async function getPledge(db: Db, id: string): Promise<PledgeView> {
  const row = await repo.findPledge(db, id);
  if (!row) throw notFound('Pledge');
  return presentPledge(row);
}

/** Staff record payment (by invoice) or a cancellation; every change is audited. */
export async function setPledgeStatus(
  ctx: AppContext,
  actor: Principal,
  id: string,
  status: 'pledged' | 'paid' | 'cancelled',
): Promise<PledgeView> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findPledge(tx, id);
    if (!row) throw notFound('Pledge');
    const from = row.pledge.status;
    if (from === status) return;
    await repo.updatePledge(tx, id, {
      status,
      paidAt: status === 'paid' ? ctx.clock.now() : status === 'pledged' ? null : row.pledge.paidAt,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'donation_pledge.status_changed',
      entityType: 'donation_pledge',
      entityId: id,
      details: { from, to: status, amountCents: row.pledge.amountCents },
    });
  });
  invalidatePublicPage(ctx);
  return getPledge(ctx.db, id);
}

// ---- sponsors ------------------------------------------------------------------------------

export async function listSponsors(db: Db, editionId: string) {
  const edition = await requireEdition(db, editionId);
  const items = (await repo.sponsorsOf(db, editionId)).map(presentSponsor);
  return {
    items,
    sponsorsCentsPerParticipant: items.reduce((sum, s) => sum + s.centsPerParticipant, 0),
    editionCentsPerParticipant: edition.sponsorCentsPerParticipant,
  };
}

export interface SponsorInput {
  name: string;
  logoId?: string | null | undefined;
  websiteUrl?: string | null | undefined;
  centsPerParticipant: number;
  position?: number | undefined;
}

/** A logo id that points at no stored image breaks the foreign key; report it on the field. */
async function withLogoCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    let cause: unknown = err;
    for (let depth = 0; depth < 5 && cause && typeof cause === 'object'; depth++) {
      if ((cause as { code?: unknown }).code === '23503') {
        throw invalidField('logoId', 'not_found', 'There is no uploaded image with this id.');
      }
      cause = (cause as { cause?: unknown }).cause;
    }
    throw err;
  }
}

export async function createSponsor(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  input: SponsorInput,
): Promise<SponsorView> {
  const row = await withLogoCheck(() =>
    ctx.db.transaction(async (tx) => {
      await requireEdition(tx, editionId);
      const sponsor = await repo.insertSponsor(tx, {
        editionId,
        name: input.name,
        logoId: input.logoId ?? null,
        websiteUrl: input.websiteUrl ?? null,
        centsPerParticipant: input.centsPerParticipant,
        position: input.position ?? (await repo.nextSponsorPosition(tx, editionId)),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'sponsor.created',
        entityType: 'sponsor',
        entityId: sponsor.id,
        details: { editionId, name: sponsor.name, centsPerParticipant: sponsor.centsPerParticipant },
      });
      return sponsor;
    }),
  );
  invalidatePublicPage(ctx);
  return presentSponsor(row);
}

export async function updateSponsor(
  ctx: AppContext,
  actor: Principal,
  id: string,
  patch: Partial<SponsorInput>,
): Promise<SponsorView> {
  const row = await withLogoCheck(() =>
    ctx.db.transaction(async (tx) => {
      const sponsor = await repo.updateSponsor(tx, id, patch);
      if (!sponsor) throw notFound('Sponsor');
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'sponsor.updated',
        entityType: 'sponsor',
        entityId: id,
        details: { fields: Object.keys(patch) },
      });
      return sponsor;
    }),
  );
  invalidatePublicPage(ctx);
  return presentSponsor(row);
}

export async function deleteSponsor(ctx: AppContext, actor: Principal, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const sponsor = await repo.findSponsor(tx, id);
    if (!sponsor) throw notFound('Sponsor');
    await repo.deleteSponsor(tx, id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'sponsor.deleted',
      entityType: 'sponsor',
      entityId: id,
      details: { editionId: sponsor.editionId, name: sponsor.name },
    });
  });
  invalidatePublicPage(ctx);
}
