/** The open/closed state of registration for an edition, the guard every change passes, and closing/reopening. */
import type { DbOrTx, Tx } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { findEdition } from '../editions/repository.ts';
import { canChangeAfterClose } from './policies.ts';
import { presentState } from './presenter.ts';
import { invalidatePublicPage } from './public-cache.ts';
import { registrationClosed, registrationState } from './registration-state.ts';
import * as repo from './repository.ts';
import type { RegistrationStateView } from './views.ts';

export async function requireEdition(db: DbOrTx, id: string) {
  const edition = await findEdition(db, id);
  if (!edition) throw notFound('Edition');
  return edition;
}

export async function stateOf(db: DbOrTx, editionId: string) {
  const edition = await requireEdition(db, editionId);
  const window = await repo.findWindow(db, editionId);
  return { edition, window, state: registrationState(edition, window) };
}

/**
 * Inside a transaction that changes teams or members: locks the window (so a concurrent
 * close waits) and refuses coordinators once registration is closed. Staff pass, and
 * `overridden` tells the caller to note that in the audit entry.
 */
export async function guardChange(tx: Tx, actor: Principal | null, editionId: string) {
  await repo.lockWindow(tx, editionId, 'share');
  const { edition, state } = await stateOf(tx, editionId);
  if (state.open) return { edition, overridden: false };
  if (actor && canChangeAfterClose(actor)) return { edition, overridden: true };
  throw registrationClosed(state);
}

export async function registrationStateView(db: DbOrTx, editionId: string): Promise<RegistrationStateView> {
  const { edition, window, state } = await stateOf(db, editionId);
  return presentState(state, edition, window);
}

export async function closeRegistration(ctx: AppContext, actor: Principal, editionId: string) {
  const view = await ctx.db.transaction(async (tx) => {
    const window = await repo.lockWindow(tx, editionId, 'update');
    const edition = await requireEdition(tx, editionId);
    if (!window.closedAt) {
      await repo.setWindow(tx, editionId, { closedAt: ctx.clock.now(), closedBy: actor.id });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'registration.closed',
        entityType: 'edition',
        entityId: editionId,
        details: { year: edition.year },
      });
    }
    return registrationStateView(tx, editionId);
  });
  invalidatePublicPage(ctx);
  return view;
}

export async function reopenRegistration(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  reason: string,
) {
  const view = await ctx.db.transaction(async (tx) => {
    const window = await repo.lockWindow(tx, editionId, 'update');
    const edition = await requireEdition(tx, editionId);
    if (!window.closedAt)
      throw conflict('registration_not_closed', 'Registration for this edition is not closed.');
    if (edition.status !== 'registration') {
      throw conflict(
        'edition_not_in_registration',
        `The edition has status ${edition.status}; move it back to registration first.`,
        { status: edition.status },
      );
    }
    await repo.setWindow(tx, editionId, { closedAt: null, closedBy: null, reopenReason: reason });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'registration.reopened',
      entityType: 'edition',
      entityId: editionId,
      details: { year: edition.year, reason, closedAt: window.closedAt.toISOString() },
    });
    return registrationStateView(tx, editionId);
  });
  invalidatePublicPage(ctx);
  return view;
}
