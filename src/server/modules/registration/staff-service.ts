/** Staff overviews of an edition's registration (lists with filters) and their CSV exports. */
import { TEAM_MIN_PLAYERS } from '../../../domain/ranking/organization-award.ts';
import type { AppContext } from '../../lib/context.ts';
import type { Locale } from '../../lib/mail/templates.ts';
import * as donations from './donation-repository.ts';
import { type Column, euros, label, localTime, toCsv, yesNo } from './export-csv.ts';
import * as overview from './overview-repository.ts';
import { presentEdition, presentMember, presentPledge, presentState, presentTeam } from './presenter.ts';
import { donationCounter } from './public-service.ts';
import * as repo from './repository.ts';
import type { OrganizationsFilter, ParticipantsFilter, PledgesFilter, TeamsFilter } from './schemas.ts';
import { stateOf } from './window-service.ts';

const paging = (f: { page?: number; pageSize?: number }) =>
  f.page && f.pageSize ? { limit: f.pageSize, offset: (f.page - 1) * f.pageSize } : {};

export async function getRegistrationSummary(ctx: AppContext, editionId: string) {
  const { edition, window, state } = await stateOf(ctx.db, editionId);
  const teams = await repo.teamsWithCounts(ctx.db, { editionId });
  const sum = (pick: (t: (typeof teams)[number]) => number) => teams.reduce((n, t) => n + pick(t), 0);
  return {
    edition: presentEdition(edition),
    registration: presentState(state, edition, window),
    organizations: new Set(teams.map((t) => t.team.organizationId)).size,
    teams: teams.length,
    shortTeams: teams.filter((t) => t.confirmed < TEAM_MIN_PLAYERS).length,
    participants: {
      invited: sum((t) => t.invited),
      confirmed: sum((t) => t.confirmed),
      bounced: sum((t) => t.bounced),
      total: sum((t) => t.total),
    },
    donations: await donationCounter(ctx.db, edition),
  };
}

// ---- organisations -------------------------------------------------------------------------

export async function listOrganizations(ctx: AppContext, editionId: string, f: Partial<OrganizationsFilter>) {
  await stateOf(ctx.db, editionId);
  const { rows, total } = await overview.registeredOrganizations(ctx.db, editionId, f.q, paging(f));
  const ids = rows.map((r) => r.id);
  const [coordinators, teams, pledged] = await Promise.all([
    repo.coordinatorsOfOrganizations(ctx.db, ids),
    ids.length > 0 ? repo.teamsWithCounts(ctx.db, { editionId, organizationIds: ids }) : Promise.resolve([]),
    overview.pledgedPerOrganization(ctx.db, editionId, ids),
  ]);
  return {
    items: rows.map((org) => {
      const own = teams.filter((t) => t.team.organizationId === org.id);
      const sum = (pick: (t: (typeof own)[number]) => number) => own.reduce((n, t) => n + pick(t), 0);
      return {
        id: org.id,
        name: org.name,
        kvkNumber: org.kvkNumber,
        city: org.city,
        billingEmail: org.billingEmail,
        coordinators: coordinators
          .filter((c) => c.organizationId === org.id)
          .map((c) => ({ name: c.name, email: c.email })),
        teams: own.length,
        participants: sum((t) => t.total),
        confirmed: sum((t) => t.confirmed),
        bounced: sum((t) => t.bounced),
        pledgedCents: pledged.get(org.id) ?? 0,
      };
    }),
    total,
  };
}
type OrganizationItem = Awaited<ReturnType<typeof listOrganizations>>['items'][number];

const organizationColumns: Column<OrganizationItem>[] = [
  { label: { nl: 'Organisatie', en: 'Organisation' }, value: (r) => r.name },
  { label: { nl: 'KvK-nummer', en: 'KvK number' }, value: (r) => r.kvkNumber ?? '' },
  { label: { nl: 'Plaats', en: 'City' }, value: (r) => r.city ?? '' },
  { label: { nl: 'Factuur-e-mail', en: 'Billing e-mail' }, value: (r) => r.billingEmail ?? '' },
  {
    label: { nl: 'Coördinatoren', en: 'Coordinators' },
    value: (r) => r.coordinators.map((c) => `${c.name} <${c.email}>`).join(', '),
  },
  { label: { nl: 'Teams', en: 'Teams' }, value: (r) => String(r.teams) },
  { label: { nl: 'Deelnemers', en: 'Participants' }, value: (r) => String(r.participants) },
  { label: { nl: 'Bevestigd', en: 'Confirmed' }, value: (r) => String(r.confirmed) },
  { label: { nl: 'Onbestelbaar', en: 'Bounced' }, value: (r) => String(r.bounced) },
  {
    label: { nl: 'Toegezegde donatie (€)', en: 'Pledged donation (€)' },
    value: (r, l) => euros(r.pledgedCents, l),
  },
];

// ---- teams ---------------------------------------------------------------------------------

export async function listTeams(ctx: AppContext, editionId: string, f: Partial<TeamsFilter>) {
  await stateOf(ctx.db, editionId);
  const { rows, total } = await overview.overviewTeams(
    ctx.db,
    {
      editionId,
      q: f.q,
      organizationId: f.organizationId,
      short: f.short === undefined ? undefined : f.short === 'true',
      minimum: TEAM_MIN_PLAYERS,
    },
    paging(f),
  );
  return { items: rows.map((r) => ({ ...presentTeam(r), organizationName: r.organizationName })), total };
}
type TeamItem = Awaited<ReturnType<typeof listTeams>>['items'][number];

const teamColumns: Column<TeamItem>[] = [
  { label: { nl: 'Organisatie', en: 'Organisation' }, value: (r) => r.organizationName },
  { label: { nl: 'Team', en: 'Team' }, value: (r) => r.name },
  { label: { nl: 'Afdeling', en: 'Department' }, value: (r) => r.department ?? '' },
  { label: { nl: 'Uitgenodigd', en: 'Invited' }, value: (r) => String(r.invited) },
  { label: { nl: 'Bevestigd', en: 'Confirmed' }, value: (r) => String(r.confirmed) },
  { label: { nl: 'Onbestelbaar', en: 'Bounced' }, value: (r) => String(r.bounced) },
  { label: { nl: 'Totaal', en: 'Total' }, value: (r) => String(r.total) },
  { label: { nl: 'Minimum', en: 'Minimum' }, value: (r) => String(r.minimum) },
  { label: { nl: 'Genoeg bevestigd', en: 'Enough confirmed' }, value: (r, l) => yesNo(!r.short, l) },
];

// ---- participants --------------------------------------------------------------------------

export async function listParticipants(ctx: AppContext, editionId: string, f: Partial<ParticipantsFilter>) {
  await stateOf(ctx.db, editionId);
  const { rows, total } = await overview.overviewParticipants(
    ctx.db,
    { editionId, q: f.q, organizationId: f.organizationId, teamId: f.teamId, status: f.status, role: f.role },
    paging(f),
  );
  return {
    items: rows.map((r) => ({
      ...presentMember(r),
      teamName: r.teamName,
      organizationId: r.organizationId,
      organizationName: r.organizationName,
    })),
    total,
  };
}
type ParticipantItem = Awaited<ReturnType<typeof listParticipants>>['items'][number];

const participantColumns: Column<ParticipantItem>[] = [
  { label: { nl: 'Organisatie', en: 'Organisation' }, value: (r) => r.organizationName },
  { label: { nl: 'Team', en: 'Team' }, value: (r) => r.teamName },
  { label: { nl: 'Naam', en: 'Name' }, value: (r) => r.name },
  { label: { nl: 'E-mail', en: 'E-mail' }, value: (r) => r.email },
  { label: { nl: 'Rol', en: 'Role' }, value: (r, l) => label(r.role, l) },
  { label: { nl: 'Status', en: 'Status' }, value: (r, l) => label(r.status, l) },
  { label: { nl: 'Uitgenodigd op', en: 'Invited at' }, value: (r) => localTime(r.invitedAt) },
  { label: { nl: 'Uitnodigingen', en: 'Invitations' }, value: (r) => String(r.inviteCount) },
  { label: { nl: 'Bevestigd op', en: 'Confirmed at' }, value: (r) => localTime(r.confirmedAt) },
  { label: { nl: 'Onbestelbaar sinds', en: 'Bounced at' }, value: (r) => localTime(r.bouncedAt) },
];

// ---- pledges -------------------------------------------------------------------------------

export async function listPledges(ctx: AppContext, editionId: string, f: Partial<PledgesFilter>) {
  await stateOf(ctx.db, editionId);
  const p = paging(f);
  const { rows, total } = await donations.listPledges(
    ctx.db,
    { editionId, organizationId: f.organizationId, status: f.status },
    p.limit,
    p.offset,
  );
  return { items: rows.map((r) => ({ ...presentPledge(r), billingEmail: r.billingEmail })), total };
}
type PledgeItem = Awaited<ReturnType<typeof listPledges>>['items'][number];

const pledgeColumns: Column<PledgeItem>[] = [
  { label: { nl: 'Organisatie', en: 'Organisation' }, value: (r) => r.organizationName },
  { label: { nl: 'Bedrag (€)', en: 'Amount (€)' }, value: (r, l) => euros(r.amountCents, l) },
  { label: { nl: 'Status', en: 'Status' }, value: (r, l) => label(r.status, l) },
  { label: { nl: 'Naam tonen', en: 'Show name' }, value: (r, l) => yesNo(r.showName, l) },
  { label: { nl: 'Bericht', en: 'Message' }, value: (r) => r.message ?? '' },
  { label: { nl: 'Factuur-e-mail', en: 'Billing e-mail' }, value: (r) => r.billingEmail ?? '' },
  { label: { nl: 'Toegezegd op', en: 'Pledged at' }, value: (r) => localTime(r.createdAt) },
  { label: { nl: 'Betaald op', en: 'Paid at' }, value: (r) => localTime(r.paidAt) },
];

// ---- exports -------------------------------------------------------------------------------

export interface CsvFile {
  filename: string;
  body: string;
}

const fileName = (year: number, what: Record<Locale, string>, locale: Locale) =>
  `klantcontactquiz-${year}-${what[locale]}.csv`;

export async function exportList(
  ctx: AppContext,
  editionId: string,
  list: 'organizations' | 'teams' | 'participants' | 'pledges',
  filter: Record<string, unknown> & { locale: Locale },
): Promise<CsvFile> {
  const { edition } = await stateOf(ctx.db, editionId);
  const locale = filter.locale;
  switch (list) {
    case 'organizations': {
      const { items } = await listOrganizations(ctx, editionId, filter as Partial<OrganizationsFilter>);
      return {
        filename: fileName(edition.year, { nl: 'organisaties', en: 'organisations' }, locale),
        body: toCsv(organizationColumns, items, locale),
      };
    }
    case 'teams': {
      const { items } = await listTeams(ctx, editionId, filter as Partial<TeamsFilter>);
      return {
        filename: fileName(edition.year, { nl: 'teams', en: 'teams' }, locale),
        body: toCsv(teamColumns, items, locale),
      };
    }
    case 'participants': {
      const { items } = await listParticipants(ctx, editionId, filter as Partial<ParticipantsFilter>);
      return {
        filename: fileName(edition.year, { nl: 'deelnemers', en: 'participants' }, locale),
        body: toCsv(participantColumns, items, locale),
      };
    }
    case 'pledges': {
      const { items } = await listPledges(ctx, editionId, filter as Partial<PledgesFilter>);
      return {
        filename: fileName(edition.year, { nl: 'donaties', en: 'pledges' }, locale),
        body: toCsv(pledgeColumns, items, locale),
      };
    }
  }
}
