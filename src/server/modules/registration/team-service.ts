/** Teams of a company: create, rename, delete (when empty), the team page and the coordinator's dashboard. */
import { TEAM_MIN_PLAYERS } from '../../../domain/ranking/organization-award.ts';
import type { DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, isUniqueViolation, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { findOrganization } from '../organizations/repository.ts';
import * as donations from './donation-repository.ts';
import type { TeamRef } from './invitations.ts';
import { presentEdition, presentMember, presentPledge, presentState, presentTeam } from './presenter.ts';
import { registrationState } from './registration-state.ts';
import * as repo from './repository.ts';
import type { DashboardView, TeamDetailView, TeamSummaryView } from './views.ts';
import { guardChange, stateOf } from './window-service.ts';

const teamNameTaken = () =>
  conflict('team_name_taken', 'Your organisation already has a team with this name in this edition.', {
    fields: [{ field: 'name', code: 'team_name_taken', message: 'is already used by another team' }],
  });

async function withTeamNameCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err, 'teams_name_per_company')) throw teamNameTaken();
    throw err;
  }
}

async function summaryOf(db: DbOrTx, teamId: string): Promise<TeamSummaryView> {
  const [row] = await repo.teamsWithCounts(db, { teamIds: [teamId] });
  if (!row) throw notFound('Team');
  return presentTeam(row);
}

export async function requireOrganization(db: DbOrTx, organizationId: string) {
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw notFound('Organisation');
  return organization;
}

export async function createTeam(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  organizationId: string,
  input: { name: string; department?: string | null | undefined },
): Promise<TeamSummaryView> {
  return withTeamNameCheck(() =>
    ctx.db.transaction(async (tx) => {
      await requireOrganization(tx, organizationId);
      const { overridden } = await guardChange(tx, actor, editionId);
      const team = await repo.insertTeam(tx, {
        editionId,
        organizationId,
        name: input.name,
        department: input.department ?? null,
        createdBy: actor.id,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'team.created',
        entityType: 'team',
        entityId: team.id,
        details: { name: team.name, organizationId, editionId, afterClose: overridden },
      });
      return summaryOf(tx, team.id);
    }),
  );
}

export async function updateTeam(
  ctx: AppContext,
  actor: Principal,
  team: TeamRef,
  patch: { name?: string | undefined; department?: string | null | undefined },
): Promise<TeamSummaryView> {
  return withTeamNameCheck(() =>
    ctx.db.transaction(async (tx) => {
      const { overridden } = await guardChange(tx, actor, team.editionId);
      const before = (await repo.findTeam(tx, team.id))!;
      await repo.updateTeam(tx, team.id, patch);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'team.updated',
        entityType: 'team',
        entityId: team.id,
        details: {
          from: { name: before.name, department: before.department },
          to: patch,
          afterClose: overridden,
        },
      });
      return summaryOf(tx, team.id);
    }),
  );
}

/** Only an empty team can be deleted; otherwise remove or move its members first. */
export async function deleteTeam(ctx: AppContext, actor: Principal, team: TeamRef): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await guardChange(tx, actor, team.editionId);
    if ((await repo.countMembers(tx, team.id)) > 0) {
      throw conflict('team_not_empty', 'This team still has participants; remove them first.');
    }
    const before = (await repo.findTeam(tx, team.id))!;
    await repo.deleteTeam(tx, team.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'team.deleted',
      entityType: 'team',
      entityId: team.id,
      details: { name: before.name, organizationId: team.organizationId },
    });
  });
}

export async function getTeam(ctx: AppContext, teamId: string): Promise<TeamDetailView> {
  const [row] = await repo.teamsWithCounts(ctx.db, { teamIds: [teamId] });
  if (!row) throw notFound('Team');
  const { edition, window, state } = await stateOf(ctx.db, row.team.editionId);
  const members = await repo.membersOfTeam(ctx.db, teamId);
  return {
    ...presentTeam(row),
    organizationName: row.organizationName,
    members: members.map(presentMember),
    registration: presentState(state, edition, window),
  };
}

/** What a coordinator sees for one edition: state, teams with counts against the minimum, pledges. */
export async function getDashboard(
  ctx: AppContext,
  editionId: string,
  organizationId: string,
): Promise<DashboardView> {
  const organization = await requireOrganization(ctx.db, organizationId);
  const { edition, window, state } = await stateOf(ctx.db, editionId);
  const teams = await repo.teamsWithCounts(ctx.db, { editionId, organizationId });
  const pledges = await donations.listPledges(ctx.db, { editionId, organizationId });
  return {
    edition: presentEdition(edition),
    registration: presentState(state, edition, window),
    organization: { id: organization.id, name: organization.name },
    minimum: TEAM_MIN_PLAYERS,
    teams: teams.map(presentTeam),
    pledges: pledges.rows.map(presentPledge),
  };
}

/** The organisations this person coordinates and, per active edition, how many teams each has. */
export async function getCoordinatorHome(ctx: AppContext, me: Principal) {
  const ids = me.roles
    .filter((r) => r.role === 'coordinator' && r.organizationId)
    .map((r) => r.organizationId!);
  const organizations = await repo.coordinatedOrganizations(ctx.db, ids);
  const editions = await repo.activeEditions(ctx.db);
  const counts = await repo.teamCountsPerOrganization(ctx.db, ids);
  const windows = new Map(
    await Promise.all(editions.map(async (e) => [e.id, await repo.findWindow(ctx.db, e.id)] as const)),
  );
  return {
    items: organizations.map((o) => ({
      organization: o,
      editions: editions.map((e) => ({
        ...presentEdition(e),
        registrationOpen: registrationState(e, windows.get(e.id)).open,
        teamCount: counts.find((c) => c.organizationId === o.id && c.editionId === e.id)?.n ?? 0,
      })),
    })),
  };
}
