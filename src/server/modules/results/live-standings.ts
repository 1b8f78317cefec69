/**
 * Provisional standings for the live leaderboards: the score route of the
 * smartest-employee award and the smartest-organisation award, with quizzes still in
 * progress counted at their score so far. One computation is shared by every viewer of
 * an edition on an app instance; `presentLiveBoard` then adds the viewer's own position.
 */
import {
  type IndividualRankingEntry,
  rankSmartestEmployeeByScore,
} from '../../../domain/ranking/individual-awards.ts';
import {
  rankSmartestOrganization,
  summarizeTeam,
  TEAM_MIN_PLAYERS,
  type TeamFigures,
  type TeamRankingEntry,
} from '../../../domain/ranking/organization-award.ts';
import type { AppContext } from '../../lib/context.ts';
import type { EditionContext } from './analysis-service.ts';
import { presentName } from './presenter.ts';
import * as records from './records-repository.ts';
import * as repo from './repository.ts';
import { buildSummaries } from './summaries.ts';
import type { LiveBoardView } from './views.ts';

export const LIVE_TOP = 10;

export interface LiveStandings {
  editionId: string;
  year: number;
  name: string;
  phase: EditionContext['phase'];
  computedAt: string;
  players: IndividualRankingEntry[];
  playerRank: Map<string, IndividualRankingEntry>;
  teams: TeamRankingEntry[];
  teamRank: Map<string, TeamRankingEntry>;
  teamFigures: Map<string, TeamFigures>;
  members: Map<string, records.MemberRecord>;
  teamNames: Map<string, { teamName: string; organizationName: string }>;
  playing: number;
  finished: number;
}

/**
 * `knownMembers`: the edition's members as read recently (the live hub keeps them, see
 * MEMBERS_MAX_AGE_MS); read now when absent.
 */
export async function computeLiveStandings(
  ctx: AppContext,
  edition: EditionContext,
  knownMembers?: records.MemberRecord[],
): Promise<LiveStandings> {
  const editionId = edition.edition.id;
  const [members, totals, exclusions] = await Promise.all([
    knownMembers ?? records.confirmedMembers(ctx.db, editionId),
    records.attemptTotals(ctx.db, editionId),
    repo.activeExclusions(ctx.db, editionId),
  ]);
  const excludedUserIds = new Set(exclusions.filter((x) => x.attemptId === null).map((x) => x.userId));
  const { participants, teams } = buildSummaries(members, totals, { excludedUserIds, provisional: true });
  const players = rankSmartestEmployeeByScore(participants);
  const rankedTeams = rankSmartestOrganization(teams);
  const core = totals.filter((t) => t.module === 'core');
  return {
    editionId,
    year: edition.edition.year,
    name: edition.edition.name,
    phase: edition.phase,
    computedAt: ctx.clock.now().toISOString(),
    players,
    playerRank: new Map(players.map((p) => [p.participantId, p])),
    teams: rankedTeams,
    teamRank: new Map(rankedTeams.map((t) => [t.teamId, t])),
    teamFigures: new Map(teams.map((t) => [t.teamId, summarizeTeam(t)])),
    members: new Map(members.map((m) => [m.userId, m])),
    teamNames: new Map(
      members.map((m) => [m.teamId, { teamName: m.teamName, organizationName: m.organizationName }]),
    ),
    playing: core.filter((t) => t.status === 'in_progress').length,
    finished: core.filter((t) => t.status !== 'in_progress').length,
  };
}

type SharedBoard = Omit<LiveBoardView, 'me'>;
/** The part every viewer shares, made once per computation (thousands of streams get the same). */
const sharedBoards = new WeakMap<LiveStandings, SharedBoard>();

function sharedBoard(standings: LiveStandings): SharedBoard {
  const cached = sharedBoards.get(standings);
  if (cached) return cached;
  const topPlayers = standings.players.slice(0, LIVE_TOP).map((entry) => {
    const member = standings.members.get(entry.participantId)!;
    const name = presentName(member);
    return {
      rank: entry.rank,
      name,
      teamName: name === null ? null : member.teamName,
      organizationName: name === null ? null : member.organizationName,
      score: entry.score,
      tieBreak: entry.tieBreak,
    };
  });
  const topTeams = standings.teams.slice(0, LIVE_TOP).map((team) => ({
    rank: team.rank,
    teamName: standings.teamNames.get(team.teamId)?.teamName ?? '',
    organizationName: standings.teamNames.get(team.teamId)?.organizationName ?? '',
    meanScore: team.meanScore,
    playerCount: team.playerCount,
    confirmedCount: team.confirmedCount,
    tieBreak: team.tieBreak,
  }));
  const board: SharedBoard = {
    edition: { year: standings.year, name: standings.name },
    phase: standings.phase,
    provisional: true,
    updatedAt: standings.computedAt,
    counts: { playing: standings.playing, finished: standings.finished },
    teamMinimum: TEAM_MIN_PLAYERS,
    topPlayers,
    topTeams,
  };
  sharedBoards.set(standings, board);
  return board;
}

/**
 * The board as one viewer sees it: public names by each person's own choice (hidden
 * people show no name and no team), and — for a logged-in participant — their own
 * position, also when they are hidden to others.
 */
export function presentLiveBoard(standings: LiveStandings, viewerId: string | null): LiveBoardView {
  const member = viewerId ? standings.members.get(viewerId) : undefined;
  let me: LiveBoardView['me'] = null;
  if (member) {
    const own = standings.playerRank.get(member.userId);
    const figures = standings.teamFigures.get(member.teamId);
    me = {
      rank: own?.rank ?? null,
      of: standings.players.length,
      score: own?.score ?? null,
      display: member.display,
      name: presentName(member),
      team: {
        teamName: member.teamName,
        rank: standings.teamRank.get(member.teamId)?.rank ?? null,
        of: standings.teams.length,
        meanScore: figures?.meanScore ?? 0,
        playerCount: figures?.playerCount ?? 0,
        confirmedCount: figures?.confirmedCount ?? 0,
        eligible: figures?.eligible ?? false,
      },
    };
  }
  return { ...sharedBoard(standings), me };
}
