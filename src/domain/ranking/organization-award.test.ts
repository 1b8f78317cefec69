import { describe, expect, it } from 'vitest';
import {
  rankSmartestOrganization,
  summarizeTeam,
  TEAM_MIN_PLAYERS,
  type TeamSummary,
} from './organization-award.ts';
import type { AttemptSummary } from './summaries.ts';

const T0 = 1_780_000_000_000;

const played = (score: number, totalTimeMs = 600_000, finishedAt: number | null = T0): AttemptSummary => ({
  status: finishedAt === null ? 'in_progress' : 'finished',
  score,
  totalTimeMs,
  finishedAt,
});

/** A team of `players` members who all scored `score`, plus `idle` confirmed members who never played. */
function team(
  teamId: string,
  players: number,
  score: number,
  idle = 0,
  timeMs = 600_000,
  finishedAt = T0,
): TeamSummary {
  return {
    teamId,
    members: [
      ...Array.from({ length: players }, (_, i) => ({
        participantId: `${teamId}-p${i}`,
        core: played(score, timeMs, finishedAt),
      })),
      ...Array.from({ length: idle }, (_, i) => ({ participantId: `${teamId}-idle${i}`, core: null })),
    ],
  };
}

describe('team eligibility', () => {
  it('needs at least 10 players', () => {
    expect(TEAM_MIN_PLAYERS).toBe(10);
    const result = rankSmartestOrganization([team('nine', 9, 40), team('ten', 10, 20)]);
    expect(result.map((t) => t.teamId)).toEqual(['ten']);
  });

  it('counts players, not confirmed members: 9 players and 5 idle members is not enough', () => {
    const figures = summarizeTeam(team('t', 9, 30, 5));
    expect(figures).toMatchObject({ confirmedCount: 14, playerCount: 9, eligible: false });
    expect(rankSmartestOrganization([team('t', 9, 30, 5)])).toEqual([]);
  });

  it('counts a started (unfinished) attempt as playing', () => {
    const t = team('t', 9, 30);
    const withStarter: TeamSummary = {
      ...t,
      members: [...t.members, { participantId: 'x', core: played(3, 10_000, null) }],
    };
    expect(summarizeTeam(withStarter)).toMatchObject({ playerCount: 10, eligible: true, lastFinishAt: null });
  });
});

describe('team score', () => {
  it('averages over all confirmed members, non-players counting as 0', () => {
    // 10 players at 30 + 5 idle = 300 / 15 = 20; 12 players at 22 = 22.
    const result = rankSmartestOrganization([team('with-idle', 10, 30, 5), team('full', 12, 22)]);
    expect(result.map((t) => [t.teamId, t.rank, t.meanScore])).toEqual([
      ['full', 1, 22],
      ['with-idle', 2, 20],
    ]);
    expect(result[1]).toMatchObject({ confirmedCount: 15, playerCount: 10, meanTimeMs: 600_000 });
  });

  it('matches the example in docs/rules.md: 12 confirmed, 10 players scoring 300 together', () => {
    expect(summarizeTeam(team('t', 10, 30, 2)).meanScore).toBe(25);
  });

  it('breaks equal means by the mean time of the players, then by the earliest last finish', () => {
    const result = rankSmartestOrganization([
      team('slow', 10, 25, 0, 700_000),
      team('late', 10, 25, 0, 600_000, T0 + 3_600_000),
      team('early', 10, 25, 0, 600_000, T0),
      team('best', 10, 26),
    ]);
    expect(result.map((t) => [t.teamId, t.rank, t.tieBreak])).toEqual([
      ['best', 1, 'decided_by_score'],
      ['early', 2, 'tie_broken_by_finish'],
      ['late', 3, 'tie_broken_by_finish'],
      ['slow', 4, 'tie_broken_by_time'],
    ]);
  });

  it('treats equal means from different team sizes as equal and shares fully tied ranks', () => {
    // 20 × 15 / 20 = 15 and (10 × 30 + 10 idle) / 20 = 15; same mean time and last finish.
    const result = rankSmartestOrganization([team('a', 20, 15), team('b', 10, 30, 10), team('c', 10, 10)]);
    expect(result.map((t) => [t.teamId, t.rank, t.tieBreak])).toEqual([
      ['a', 1, 'tied'],
      ['b', 1, 'tied'],
      ['c', 3, 'decided_by_score'],
    ]);
  });

  it('takes the latest finish of the team as its last finish', () => {
    const t = team('t', 10, 20);
    const mixed: TeamSummary = {
      ...t,
      members: t.members.map((m, i) => ({ ...m, core: played(20, 600_000, T0 + i * 1000) })),
    };
    expect(summarizeTeam(mixed).lastFinishAt).toBe(T0 + 9000);
  });
});
