/** Team members: add, remove, replace, move (staff), resend the invitation, confirm, bounce. */
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, invalidField, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { grantRole } from '../people/repository.ts';
import { updatePerson } from '../people/service.ts';
import {
  addMemberInTx,
  type NewMember,
  recordInvitation,
  releaseParticipantRole,
  sendInvitations,
  type TeamRef,
  withOneTeamRule,
} from './invitations.ts';
import { presentMember } from './presenter.ts';
import { invalidatePublicPage } from './public-cache.ts';
import { invitationsOpen } from './registration-state.ts';
import * as repo from './repository.ts';
import type { MemberView } from './views.ts';
import { guardChange, requireEdition } from './window-service.ts';

/** Invitations per person per hour (the first one included), so nobody is flooded. */
export const MAX_INVITATIONS_PER_HOUR = 3;

/** The team a request is about, for the authorisation step (404 when unknown). */
export async function teamScope(ctx: AppContext, teamId: string): Promise<TeamRef> {
  const team = await repo.findTeam(ctx.db, teamId);
  if (!team) throw notFound('Team');
  return { id: team.id, editionId: team.editionId, organizationId: team.organizationId };
}

/** The member a request is about, with its team's organisation, for the authorisation step. */
export async function memberScope(ctx: AppContext, memberId: string) {
  const member = await repo.findMember(ctx.db, memberId);
  if (!member) throw notFound('Participant');
  const team = await teamScope(ctx, member.member.teamId);
  return { memberId, userId: member.member.userId, team };
}

export async function addMember(ctx: AppContext, actor: Principal, team: TeamRef, input: NewMember) {
  const member = await withOneTeamRule(() =>
    ctx.db.transaction(async (tx) => {
      await guardChange(tx, actor, team.editionId);
      return addMemberInTx(ctx, tx, actor, team, input, 'single');
    }),
  );
  await sendInvitations(ctx, [member.id]);
  return presentOne(ctx, member.id);
}

export async function removeMember(ctx: AppContext, actor: Principal, memberId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findMember(tx, memberId, true);
    if (!row) throw notFound('Participant');
    const team = (await repo.findTeam(tx, row.member.teamId))!;
    const { overridden } = await guardChange(tx, actor, team.editionId);
    await repo.deleteMember(tx, memberId);
    await releaseParticipantRole(tx, row.member.userId, team.organizationId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'team_member.removed',
      entityType: 'team_member',
      entityId: memberId,
      details: { teamId: team.id, email: row.email, status: row.member.status, afterClose: overridden },
    });
  });
  invalidatePublicPage(ctx);
}

/** Removes one person and adds another in their place, in one transaction. */
export async function replaceMember(ctx: AppContext, actor: Principal, memberId: string, input: NewMember) {
  const added = await withOneTeamRule(() =>
    ctx.db.transaction(async (tx) => {
      const old = await repo.findMember(tx, memberId, true);
      if (!old) throw notFound('Participant');
      const team = (await repo.findTeam(tx, old.member.teamId))!;
      const { overridden } = await guardChange(tx, actor, team.editionId);
      await repo.deleteMember(tx, memberId);
      await releaseParticipantRole(tx, old.member.userId, team.organizationId);
      const member = await addMemberInTx(ctx, tx, actor, team, input, 'replace');
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'team_member.replaced',
        entityType: 'team_member',
        entityId: member.id,
        details: {
          teamId: team.id,
          replacedMemberId: memberId,
          replacedEmail: old.email,
          afterClose: overridden,
        },
      });
      return member;
    }),
  );
  invalidatePublicPage(ctx);
  await sendInvitations(ctx, [added.id]);
  return presentOne(ctx, added.id);
}

/** Staff correction: moves a participant to another team of the same edition (any organisation). */
export async function moveMember(ctx: AppContext, actor: Principal, memberId: string, targetTeamId: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findMember(tx, memberId, true);
    if (!row) throw notFound('Participant');
    const from = (await repo.findTeam(tx, row.member.teamId))!;
    const to = await repo.findTeam(tx, targetTeamId);
    if (!to) throw invalidField('teamId', 'not_found', 'There is no such team.');
    if (to.editionId !== from.editionId) {
      throw invalidField('teamId', 'other_edition', 'The team belongs to another edition.');
    }
    if (to.id === from.id) return;
    const { overridden } = await guardChange(tx, actor, from.editionId);
    await repo.updateMember(tx, memberId, { teamId: to.id });
    await grantRole(tx, row.member.userId, {
      role: 'participant',
      programme: 'quiz',
      organizationId: to.organizationId,
    });
    if (to.organizationId !== from.organizationId) {
      await releaseParticipantRole(tx, row.member.userId, from.organizationId);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'team_member.moved',
      entityType: 'team_member',
      entityId: memberId,
      details: { email: row.email, fromTeamId: from.id, toTeamId: to.id, afterClose: overridden },
    });
  });
  invalidatePublicPage(ctx);
  return presentOne(ctx, memberId);
}

/** Sends the invitation again (also to a bounced address, which then counts as invited again). */
export async function resendInvitation(ctx: AppContext, actor: Principal, memberId: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findMember(tx, memberId, true);
    if (!row) throw notFound('Participant');
    const edition = await requireEdition(tx, row.member.editionId);
    if (!invitationsOpen(edition.status)) {
      throw conflict('invitations_closed', 'Invitations can no longer be sent for this edition.');
    }
    if (row.member.status === 'confirmed') {
      throw conflict('already_confirmed', 'This participant has already confirmed.');
    }
    const now = ctx.clock.now();
    const recent = await repo.invitationsSince(tx, memberId, new Date(now.getTime() - 3_600_000));
    if (recent >= MAX_INVITATIONS_PER_HOUR) {
      throw new AppError(
        429,
        'invitation_limit',
        `At most ${MAX_INVITATIONS_PER_HOUR} invitations per person per hour. Please try again later.`,
        { max: MAX_INVITATIONS_PER_HOUR },
      );
    }
    await repo.updateMember(tx, memberId, {
      status: 'invited',
      invitedAt: now,
      inviteCount: row.member.inviteCount + 1,
    });
    await recordInvitation(tx, actor, memberId, row.email);
  });
  await sendInvitations(ctx, [memberId]);
  return presentOne(ctx, memberId);
}

/** The invited person confirms (and may choose their language). Allowed until the event starts. */
export async function confirmMembership(
  ctx: AppContext,
  me: Principal,
  memberId: string,
  locale: 'nl' | 'en' | undefined,
): Promise<MemberView> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findMember(tx, memberId, true);
    if (!row) throw notFound('Participant');
    const edition = await requireEdition(tx, row.member.editionId);
    if (!invitationsOpen(edition.status)) {
      throw conflict('confirmation_closed', 'Confirming is no longer possible for this edition.');
    }
    if (locale && locale !== me.locale) await updatePerson(tx, me, me.id, { locale });
    if (row.member.status === 'confirmed') return;
    await repo.updateMember(tx, memberId, {
      status: 'confirmed',
      confirmedAt: ctx.clock.now(),
      bouncedAt: null,
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'team_member.confirmed',
      entityType: 'team_member',
      entityId: memberId,
      details: { teamId: row.member.teamId },
    });
  });
  invalidatePublicPage(ctx);
  return presentOne(ctx, memberId);
}

/**
 * Marks the open invitations of an address as bounced (fed by the mail delivery, or by
 * staff). Confirmed participants are left alone: they clearly received mail before.
 */
export async function markBounced(
  ctx: AppContext,
  actor: Principal | null,
  email: string,
  reason?: string,
): Promise<number> {
  const count = await ctx.db.transaction(async (tx) => {
    const rows = await repo.openInvitationsOf(tx, email.trim().toLowerCase());
    for (const { id } of rows) {
      await repo.updateMember(tx, id, { status: 'bounced', bouncedAt: ctx.clock.now() });
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        action: 'team_member.bounced',
        entityType: 'team_member',
        entityId: id,
        details: { email, ...(reason ? { reason } : {}) },
      });
    }
    return rows.length;
  });
  return count;
}

async function presentOne(ctx: AppContext, memberId: string): Promise<MemberView> {
  const row = await repo.findMember(ctx.db, memberId);
  if (!row) throw notFound('Participant');
  return presentMember(row);
}
