/**
 * A coordinator's report for their organisation: participation, and per team and for
 * the whole organisation the shares per theme and objective next to the sector, with
 * strengths and weaknesses. Only this organisation's people and teams appear; the
 * sector is an average over everyone, and groups under MIN_GROUP_SIZE players are
 * withheld. Individual scores are not part of it: the quiz is for learning.
 */

import { guardFormula } from '../../../domain/csv/formula-guard.ts';
import { writeCsv } from '../../../domain/csv/write-csv.ts';
import type { AppContext } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import type { Locale } from '../../lib/mail/templates.ts';
import { objectivesOf, themesOf } from '../editions/repository.ts';
import { findOrganization } from '../organizations/repository.ts';
import { label, yesNo } from '../registration/export-csv.ts';
import { currentResults, type EditionContext } from './analysis-service.ts';
import { MIN_GROUP_SIZE, strengthsAndWeaknesses, sumByObjective, themeBreakdown } from './breakdown.ts';
import * as records from './records-repository.ts';
import type { OrganizationReportView, ThemeShareView } from './views.ts';

const isCompleted = (status: string | undefined) => status === 'finished' || status === 'closed';

export async function organizationReport(
  ctx: AppContext,
  edition: EditionContext,
  organizationId: string,
): Promise<OrganizationReportView> {
  const editionId = edition.edition.id;
  const organization = await findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('Organisation');
  const [teamRows, members, totals, objectiveTotals, themes, objectives, results] = await Promise.all([
    records.teamsOfEdition(ctx.db, editionId, organizationId),
    records.confirmedMembers(ctx.db, editionId, { organizationId }),
    records.attemptTotals(ctx.db, editionId),
    records.coreObjectiveTotals(ctx.db, editionId),
    themesOf(ctx.db, editionId),
    objectivesOf(ctx.db, editionId),
    currentResults(ctx, edition),
  ]);
  const structure = { themes, objectives };
  const sector = sumByObjective(objectiveTotals);
  const status = new Map<string, { core?: string; manager?: string }>();
  for (const t of totals) {
    const entry = status.get(t.userId) ?? {};
    entry[t.module] = t.status;
    status.set(t.userId, entry);
  }
  const group = (userIds: string[]) => {
    const players = userIds.filter((id) => status.get(id)?.core !== undefined);
    const suppressed = players.length < MIN_GROUP_SIZE;
    const breakdown: ThemeShareView[] = themeBreakdown(
      structure,
      sumByObjective(objectiveTotals, new Set(players)),
      sector,
      suppressed,
    );
    return { players: players.length, suppressed, themes: breakdown, ...strengthsAndWeaknesses(breakdown) };
  };
  const completed = (ids: string[], module: 'core' | 'manager') =>
    ids.filter((id) => isCompleted(status.get(id)?.[module])).length;
  const allIds = members.map((m) => m.userId);
  const ranked = new Map(results.data.organization.map((t) => [t.teamId, t]));
  const notEligible = new Map(results.data.teamsNotEligible.map((t) => [t.teamId, t]));
  return {
    edition: { year: edition.edition.year, name: edition.edition.name },
    status: results.status,
    publishedAt: results.publishedAt?.toISOString() ?? null,
    organization: { id: organization.id, name: organization.name },
    minimumGroupSize: MIN_GROUP_SIZE,
    participation: {
      teams: teamRows.length,
      invited: teamRows.reduce((s, t) => s + t.invited, 0),
      confirmed: members.length,
      startedCore: allIds.filter((id) => status.get(id)?.core !== undefined).length,
      completedCore: completed(allIds, 'core'),
      completedManager: completed(allIds, 'manager'),
    },
    overall: group(allIds),
    teams: teamRows.map((team) => {
      const ids = members.filter((m) => m.teamId === team.teamId).map((m) => m.userId);
      const rankedTeam = ranked.get(team.teamId);
      return {
        teamId: team.teamId,
        teamName: team.teamName,
        invited: team.invited,
        confirmed: team.confirmed,
        completedCore: completed(ids, 'core'),
        meanScore: rankedTeam?.meanScore ?? notEligible.get(team.teamId)?.meanScore ?? 0,
        eligible: rankedTeam !== undefined,
        rank: rankedTeam?.rank ?? null,
        of: results.data.organization.length,
        ...group(ids),
      };
    }),
    members: members.map((m) => ({
      name: m.name,
      teamName: m.teamName,
      role: m.role,
      startedCore: status.get(m.userId)?.core !== undefined,
      completedCore: isCompleted(status.get(m.userId)?.core),
      completedManager: isCompleted(status.get(m.userId)?.manager),
    })),
  };
}

interface Column<T> {
  label: Record<Locale, string>;
  value: (row: T, locale: Locale) => string;
  /** Numbers are written as they are, so a negative difference stays a number in Excel. */
  numeric?: boolean;
}

/** CSV with formula guarding on text cells only (names come from users; numbers are ours). */
function toCsv<T>(columns: Column<T>[], rows: readonly T[], locale: Locale): string {
  return writeCsv(
    [
      columns.map((c) => c.label[locale]),
      ...rows.map((r) =>
        columns.map((c) => (c.numeric ? c.value(r, locale) : guardFormula(c.value(r, locale)))),
      ),
    ],
    { guardFormulas: false },
  );
}

const percent = (share: number | null, locale: Locale) => {
  if (share === null) return '';
  const text = (share * 100).toFixed(1);
  return locale === 'nl' ? text.replace('.', ',') : text;
};

interface ObjectiveLine {
  group: string;
  players: number;
  theme: ThemeShareView;
  objective: ThemeShareView['objectives'][number];
}

const objectiveColumns: Column<ObjectiveLine>[] = [
  { label: { nl: 'groep', en: 'group' }, value: (r) => r.group },
  { label: { nl: 'spelers', en: 'players' }, value: (r) => String(r.players), numeric: true },
  { label: { nl: 'thema', en: 'theme' }, value: (r, l) => (l === 'nl' ? r.theme.titleNl : r.theme.titleEn) },
  {
    label: { nl: 'leerdoel', en: 'learning objective' },
    value: (r, l) => (l === 'nl' ? r.objective.titleNl : r.objective.titleEn),
  },
  {
    label: { nl: 'goed (%)', en: 'right (%)' },
    value: (r, l) => percent(r.objective.share, l),
    numeric: true,
  },
  {
    label: { nl: 'sector (%)', en: 'sector (%)' },
    value: (r, l) => percent(r.objective.sector, l),
    numeric: true,
  },
  {
    label: { nl: 'verschil (%-punt)', en: 'difference (points)' },
    value: (r, l) => percent(r.objective.difference, l),
    numeric: true,
  },
];

type MemberLine = OrganizationReportView['members'][number];
const participationColumns: Column<MemberLine>[] = [
  { label: { nl: 'naam', en: 'name' }, value: (r) => r.name },
  { label: { nl: 'team', en: 'team' }, value: (r) => r.teamName },
  { label: { nl: 'rol', en: 'role' }, value: (r, l) => label(r.role, l) },
  { label: { nl: 'kernquiz begonnen', en: 'core quiz started' }, value: (r, l) => yesNo(r.startedCore, l) },
  {
    label: { nl: 'kernquiz afgerond', en: 'core quiz completed' },
    value: (r, l) => yesNo(r.completedCore, l),
  },
  {
    label: { nl: 'managermodule afgerond', en: 'manager module completed' },
    value: (r, l) => yesNo(r.completedManager, l),
  },
];

/**
 * The report as CSV (semicolons, UTF-8 with BOM, for Dutch Excel): per group (the
 * organisation, then each team) one line per learning objective, or the participation list.
 */
export function organizationReportCsv(
  report: OrganizationReportView,
  kind: 'objectives' | 'participation',
  locale: Locale,
): string {
  if (kind === 'participation') return toCsv(participationColumns, report.members, locale);
  const lines: ObjectiveLine[] = [];
  const add = (group: string, figures: OrganizationReportView['overall']) => {
    for (const theme of figures.themes) {
      for (const objective of theme.objectives)
        lines.push({ group, players: figures.players, theme, objective });
    }
  };
  add(report.organization.name, report.overall);
  for (const team of report.teams) add(`${report.organization.name} / ${team.teamName}`, team);
  return toCsv(objectiveColumns, lines, locale);
}
