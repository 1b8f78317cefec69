/** Adding a person to a team inside a transaction, and the invitation e-mail after it commits. */
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, isUniqueViolation } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { findEdition } from '../editions/repository.ts';
import { grantRole, revokeRole } from '../people/repository.ts';
import { ensurePerson } from '../people/service.ts';
import type { JobRole } from './participant-rows.ts';
import * as repo from './repository.ts';

export const ONE_TEAM_PER_EDITION = 'team_members_one_team_per_edition';

/** The 409 for "this person already plays in a team this edition", naming the e-mail field. */
export const alreadyInTeam = (sameOrganization?: boolean) =>
  conflict(
    'already_in_team',
    sameOrganization
      ? 'This person is already in a team of your organisation for this edition.'
      : 'This person already plays in a team this edition; a person plays in one team per edition.',
    {
      fields: [{ field: 'email', code: 'already_in_team', message: 'already plays in a team this edition' }],
      ...(sameOrganization === undefined ? {} : { sameOrganization }),
    },
  );

/** Turns the database's one-team-per-edition rule (a concurrent add won the race) into the same 409. */
export async function withOneTeamRule<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err, ONE_TEAM_PER_EDITION)) throw alreadyInTeam();
    throw err;
  }
}

export interface TeamRef {
  id: string;
  editionId: string;
  organizationId: string;
}

export interface NewMember {
  name: string;
  email: string;
  role: JobRole;
  locale?: 'nl' | 'en' | undefined;
}

/**
 * Adds a person (found by e-mail or created) to a team as invited, grants the quiz
 * participant role and records the invitation. The caller sends the e-mail after commit.
 */
export async function addMemberInTx(
  ctx: AppContext,
  tx: Tx,
  actor: Principal | null,
  team: TeamRef,
  input: NewMember,
  source: 'single' | 'import' | 'replace',
): Promise<repo.MemberRow> {
  const person = await ensurePerson(tx, actor, {
    email: input.email,
    name: input.name,
    locale: input.locale,
  });
  const existing = await repo.membershipInEdition(tx, team.editionId, person.id);
  if (existing) throw alreadyInTeam(existing.organizationId === team.organizationId);
  const member = await repo.insertMember(tx, {
    editionId: team.editionId,
    teamId: team.id,
    userId: person.id,
    role: input.role,
    status: 'invited',
    invitedAt: ctx.clock.now(),
    inviteCount: 1,
    addedBy: actor?.id ?? null,
  });
  await grantRole(tx, person.id, {
    role: 'participant',
    programme: 'quiz',
    organizationId: team.organizationId,
  });
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: 'team_member.added',
    entityType: 'team_member',
    entityId: member.id,
    details: { teamId: team.id, email: person.email, role: input.role, source },
  });
  await recordInvitation(tx, actor, member.id, person.email);
  return member;
}

export async function recordInvitation(tx: Tx, actor: Principal | null, memberId: string, email: string) {
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: 'team_member.invitation_sent',
    entityType: 'team_member',
    entityId: memberId,
    details: { email },
  });
}

/** Takes the participant role of this organisation away when the person no longer plays for it. */
export async function releaseParticipantRole(tx: Tx, userId: string, organizationId: string) {
  if (!(await repo.playsForOrganization(tx, userId, organizationId))) {
    await revokeRole(tx, userId, { role: 'participant', programme: 'quiz', organizationId });
  }
}

/** E-mails the invitation with a log-in link (after the transaction that added the member committed). */
export async function sendInvitations(ctx: AppContext, memberIds: string[]): Promise<void> {
  const teams = new Map<
    string,
    { organization: string; team: string; edition: string; eventDate: string | null }
  >();
  for (const member of await repo.membersByIds(ctx.db, memberIds)) {
    const teamId = member.member.teamId;
    let about = teams.get(teamId);
    if (!about) {
      const [team] = await repo.teamsWithCounts(ctx.db, { teamIds: [teamId] });
      const edition = await findEdition(ctx.db, member.member.editionId);
      if (!team || !edition) continue;
      about = {
        organization: team.organizationName,
        team: team.team.name,
        edition: edition.name,
        eventDate: edition.eventDate,
      };
      teams.set(teamId, about);
    }
    await ctx.auth.api.signInMagicLink({
      // The link lands on the participant's page, where they confirm and see their team.
      body: { email: member.email, metadata: { invite: 'participant', next: '/quiz/my', ...about } },
      headers: new Headers(),
    });
  }
}
