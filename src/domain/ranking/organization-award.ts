/**
 * Smartest organisation: a team award. The team score is the mean core score over all
 * confirmed members, where members who did not play count as 0 — so a team is as
 * strong as its whole line-up, not its best few.
 */
import {
  compareAscNullLast,
  type RankCriterion,
  rankCompetition,
  type TieBreakCode,
} from './competition-rank.ts';
import type { ParticipantSummary } from './summaries.ts';

/** A team needs at least this many members who started the core quiz to be ranked. */
export const TEAM_MIN_PLAYERS = 10;

export interface TeamSummary {
  teamId: string;
  /** Confirmed members only; `core` is null for those who never started. */
  members: ReadonlyArray<Pick<ParticipantSummary, 'participantId' | 'core'>>;
}

export interface TeamFigures {
  teamId: string;
  /** Mean core score over all confirmed members (non-players count as 0). */
  meanScore: number;
  confirmedCount: number;
  /** Members who started a core attempt. */
  playerCount: number;
  /** Mean total answering time of the players, ms; null without players. */
  meanTimeMs: number | null;
  /** The latest finish among the players; null while any player is still playing. */
  lastFinishAt: number | null;
  eligible: boolean;
}

export interface TeamRankingEntry extends Omit<TeamFigures, 'eligible'> {
  rank: number;
  tieBreak: TieBreakCode;
}

/** The key figures of one team, eligible or not (for the board and the team's own report). */
export function summarizeTeam(team: TeamSummary): TeamFigures {
  let scoreSum = 0;
  let timeSum = 0;
  let playerCount = 0;
  let lastFinishAt: number | null = null;
  let anyUnfinished = false;
  for (const { core } of team.members) {
    if (core === null) continue;
    playerCount++;
    scoreSum += core.score;
    timeSum += core.totalTimeMs;
    if (core.status === 'in_progress' || core.finishedAt === null) anyUnfinished = true;
    else lastFinishAt = Math.max(lastFinishAt ?? core.finishedAt, core.finishedAt);
  }
  const confirmedCount = team.members.length;
  return {
    teamId: team.teamId,
    meanScore: confirmedCount === 0 ? 0 : scoreSum / confirmedCount,
    confirmedCount,
    playerCount,
    meanTimeMs: playerCount === 0 ? null : timeSum / playerCount,
    lastFinishAt: anyUnfinished ? null : lastFinishAt,
    eligible: playerCount >= TEAM_MIN_PLAYERS,
  };
}

const criteria: RankCriterion<TeamFigures>[] = [
  { compare: (a, b) => b.meanScore - a.meanScore, code: 'decided_by_score' },
  { compare: (a, b) => compareAscNullLast(a.meanTimeMs, b.meanTimeMs), code: 'tie_broken_by_time' },
  { compare: (a, b) => compareAscNullLast(a.lastFinishAt, b.lastFinishAt), code: 'tie_broken_by_finish' },
];

/**
 * Ranks the eligible teams (at least TEAM_MIN_PLAYERS players): mean score desc, then
 * mean answering time of the players asc, then the earliest last finish.
 */
export function rankSmartestOrganization(teams: readonly TeamSummary[]): TeamRankingEntry[] {
  const eligible = teams.map(summarizeTeam).filter((team) => team.eligible);
  return rankCompetition(eligible, criteria, (t) => t.teamId).map(({ item, rank, tieBreak }) => {
    const { eligible: _eligible, ...figures } = item;
    return { rank, ...figures, tieBreak };
  });
}
