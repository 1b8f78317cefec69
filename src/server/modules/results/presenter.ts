/** Presenters: what of the results leaves the server, and under which name. */
import { displayName } from '../../../domain/ranking/display-name.ts';
import type { PersonRecord } from './records-repository.ts';
import type { ExclusionRow, PublicationRow } from './repository.ts';
import type { ResultsData } from './results-data.ts';
import type { ExclusionView, PublicationView, ResultsView, SnapshotSummaryView } from './views.ts';

/** The name others see: the person's own choice (null = hidden, shown as "anonymous participant"). */
export function presentName(person: {
  name: string;
  display: 'full' | 'initials' | 'hidden';
}): string | null {
  return displayName(person, person.display);
}

export interface Lookups {
  people: Map<string, PersonRecord>;
  teams: Map<string, { teamName: string; organizationName: string }>;
}

export function buildLookups(people: readonly PersonRecord[]): Lookups {
  return {
    people: new Map(people.map((p) => [p.userId, p])),
    teams: new Map(
      people.map((p) => [p.teamId, { teamName: p.teamName, organizationName: p.organizationName }]),
    ),
  };
}

/** Who someone is, for staff: real name and what the public sees. */
function personRef(lookups: Lookups, participantId: string) {
  const person = lookups.people.get(participantId);
  return {
    participantId,
    name: person?.name ?? '—',
    publicName: person ? presentName(person) : null,
    teamName: person?.teamName ?? null,
    organizationName: person?.organizationName ?? null,
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A computed result for staff, with every ranking cut at `top` places. */
export function presentResults(data: ResultsData, lookups: Lookups, top: number): ResultsView {
  const flagCount = new Map<string, number>();
  for (const flag of data.flags) {
    if (!flag.excluded) flagCount.set(flag.participantId, (flagCount.get(flag.participantId) ?? 0) + 1);
  }
  const team = (teamId: string) => lookups.teams.get(teamId) ?? { teamName: '—', organizationName: '—' };
  const individual = (rows: ResultsData['employeeByScore']) =>
    rows.slice(0, top).map((r) => ({
      ...personRef(lookups, r.participantId),
      rank: r.rank,
      score: r.score,
      totalTimeMs: r.totalTimeMs,
      finishedAt: r.finishedAt,
      tieBreak: r.tieBreak,
      flagCount: flagCount.get(r.participantId) ?? 0,
    }));
  return {
    computedAt: data.computedAt,
    final: data.final,
    counts: data.counts,
    employeeByScore: individual(data.employeeByScore),
    manager: individual(data.manager),
    organization: data.organization.slice(0, top).map((t) => ({
      rank: t.rank,
      teamId: t.teamId,
      ...team(t.teamId),
      meanScore: t.meanScore,
      confirmedCount: t.confirmedCount,
      playerCount: t.playerCount,
      meanTimeMs: t.meanTimeMs,
      lastFinishAt: t.lastFinishAt,
      tieBreak: t.tieBreak,
    })),
    teamsNotEligible: data.teamsNotEligible.map((t) => ({
      teamId: t.teamId,
      ...team(t.teamId),
      meanScore: t.meanScore,
      confirmedCount: t.confirmedCount,
      playerCount: t.playerCount,
    })),
    learningCurve: {
      ranking: data.learningCurve.ranking.slice(0, top).map((r) => ({
        ...personRef(lookups, r.participantId),
        rank: r.rank,
        baseline: r.baseline,
        event: r.event,
        gain: r.gain,
        seGain: r.seGain,
        lowerBound: r.lowerBound,
        flagCount: flagCount.get(r.participantId) ?? 0,
      })),
      notQualified: data.learningCurve.notQualified.slice(0, top).map((n) => ({
        ...personRef(lookups, n.participantId),
        reason: n.reason,
        baselineResponses: n.baselineResponses,
        eventResponses: n.eventResponses,
      })),
      calibration: data.learningCurve.calibration,
    },
    flags: data.flags.map((f) => ({
      ...personRef(lookups, f.participantId),
      kind: f.kind,
      attemptId: f.attemptId,
      module: f.module,
      position: f.position,
      questionId: f.questionId,
      elapsedMs: f.elapsedMs,
      floorMs: f.floorMs,
      tabHidden: f.tabHidden,
      excluded: f.excluded,
    })),
  };
}

/** Staff names by user id, for who computed, froze and published. */
export type StaffNames = Map<string, string>;

const nameOf = (names: StaffNames, id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);

export function presentPublication(row: PublicationRow | undefined, names: StaffNames): PublicationView {
  return {
    frozenSnapshotId: row?.frozenSnapshotId ?? null,
    frozenAt: iso(row?.frozenAt ?? null),
    frozenByName: nameOf(names, row?.frozenBy),
    publishedSnapshotId: row?.publishedSnapshotId ?? null,
    publishedAt: iso(row?.publishedAt ?? null),
    publishedByName: nameOf(names, row?.publishedBy),
  };
}

export function presentSnapshotSummary(
  row: {
    id: string;
    sequence: number;
    computedAt: Date;
    computedBy: string | null;
    reason: string | null;
    afterPublication: boolean;
  },
  publication: PublicationRow | undefined,
  names: StaffNames,
): SnapshotSummaryView {
  return {
    id: row.id,
    sequence: row.sequence,
    computedAt: row.computedAt.toISOString(),
    computedBy: row.computedBy,
    computedByName: nameOf(names, row.computedBy),
    reason: row.reason,
    afterPublication: row.afterPublication,
    frozen: publication?.frozenSnapshotId === row.id,
    published: publication?.publishedSnapshotId === row.id,
  };
}

export function presentExclusion(row: ExclusionRow, lookups: Lookups): ExclusionView {
  return {
    id: row.id,
    participantId: row.userId,
    name: lookups.people.get(row.userId)?.name ?? '—',
    attemptId: row.attemptId,
    position: row.position,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
