/**
 * Computes an edition's results from its records: the three awards (with both routes
 * of the smartest-employee award), the teams that are not eligible, and the review
 * flags. Pure: the analysis service loads the records and stores the outcome.
 */
import {
  rankSmartestEmployeeByScore,
  rankSmartestManager,
} from '../../../domain/ranking/individual-awards.ts';
import { rankSmartestOrganization, summarizeTeam } from '../../../domain/ranking/organization-award.ts';
import { isCompleted } from '../../../domain/ranking/summaries.ts';
import type { BaselineResponse } from './baseline.ts';
import { computeFlags, type FlagInput } from './flags.ts';
import { computeLearningCurve, type EventResponseInput } from './learning-curve.ts';
import { type IndividualResult, RESULTS_DATA_VERSION, type ResultsData } from './results-data.ts';
import { type AttemptTotalsInput, buildSummaries, type MemberInput } from './summaries.ts';

export interface ResultsInput {
  computedAt: Date;
  /** The play window has closed. */
  final: boolean;
  members: ReadonlyArray<MemberInput & { organizationId: string }>;
  totals: readonly AttemptTotalsInput[];
  answers: ReadonlyArray<FlagInput & EventResponseInput>;
  /** Readable stem length per question version (for the reading floor). */
  stemCharacters: ReadonlyMap<string, number>;
  baseline: readonly BaselineResponse[];
  excludedUserIds: ReadonlySet<string>;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function computeResults(input: ResultsInput): ResultsData {
  const { participants, teams, teamOf } = buildSummaries(input.members, input.totals, {
    excludedUserIds: input.excludedUserIds,
  });
  const organizationOf = new Map(input.members.map((m) => [m.teamId, m.organizationId]));
  const individual = (entries: ReturnType<typeof rankSmartestEmployeeByScore>): IndividualResult[] =>
    entries.map((e) => ({
      rank: e.rank,
      participantId: e.participantId,
      teamId: teamOf.get(e.participantId)!,
      score: e.score,
      totalTimeMs: e.totalTimeMs,
      finishedAt: iso(e.finishedAt),
      tieBreak: e.tieBreak,
    }));
  const teamFigures = teams.map(summarizeTeam);
  const organization = rankSmartestOrganization(teams).map((t) => ({
    rank: t.rank,
    teamId: t.teamId,
    organizationId: organizationOf.get(t.teamId)!,
    meanScore: t.meanScore,
    confirmedCount: t.confirmedCount,
    playerCount: t.playerCount,
    meanTimeMs: t.meanTimeMs,
    lastFinishAt: t.lastFinishAt === null ? null : iso(t.lastFinishAt),
    tieBreak: t.tieBreak,
  }));
  const coreFinishedAt = new Map(participants.map((p) => [p.participantId, p.core?.finishedAt ?? null]));
  const learningCurve = computeLearningCurve({
    baseline: input.baseline,
    event: input.answers,
    teamOf,
    excludedUserIds: input.excludedUserIds,
    coreFinishedAt,
  });
  return {
    version: RESULTS_DATA_VERSION,
    computedAt: input.computedAt.toISOString(),
    final: input.final,
    counts: {
      confirmedParticipants: input.members.length,
      startedCore: participants.filter((p) => p.core !== null).length,
      completedCore: participants.filter((p) => isCompleted(p.core)).length,
      completedManager: participants.filter((p) => isCompleted(p.managerModule)).length,
      teams: teams.length,
      eligibleTeams: organization.length,
      excludedParticipants: input.members.filter((m) => input.excludedUserIds.has(m.userId)).length,
      excludedAnswers: input.answers.filter((a) => a.excluded).length,
    },
    employeeByScore: individual(rankSmartestEmployeeByScore(participants)),
    manager: individual(rankSmartestManager(participants)),
    organization,
    teamsNotEligible: teamFigures
      .filter((t) => !t.eligible)
      .map((t) => ({
        teamId: t.teamId,
        organizationId: organizationOf.get(t.teamId)!,
        meanScore: t.meanScore,
        confirmedCount: t.confirmedCount,
        playerCount: t.playerCount,
      })),
    learningCurve,
    flags: computeFlags(input.answers, input.stemCharacters, input.excludedUserIds),
  };
}
