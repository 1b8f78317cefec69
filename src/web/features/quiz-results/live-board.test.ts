import { describe, expect, it } from 'vitest';
import { myPlayerIndex, myTeamIndex, newerBoard, placeAnnouncement } from './live-board.ts';
import type { BoardMe, LiveBoard } from './types.ts';

const board = (updatedAt: string, patch: Partial<LiveBoard> = {}): LiveBoard => ({
  edition: { year: 2027, name: 'Klantcontactquiz 2027' },
  phase: 'open',
  provisional: true,
  updatedAt,
  counts: { playing: 1, finished: 0 },
  teamMinimum: 10,
  topPlayers: [],
  topTeams: [],
  me: null,
  ...patch,
});

const me = (rank: number | null, patch: Partial<BoardMe> = {}): BoardMe => ({
  rank,
  of: 40,
  score: 7,
  display: 'initials',
  name: 'D. d. V.',
  team: {
    teamName: 'Sales',
    rank: 2,
    of: 5,
    meanScore: 6.5,
    playerCount: 11,
    confirmedCount: 12,
    eligible: true,
  },
  ...patch,
});

describe('newerBoard', () => {
  it('takes the first board, and later a newer one', () => {
    const first = board('2027-03-11T10:00:00.000Z');
    const second = board('2027-03-11T10:00:02.000Z');
    expect(newerBoard(undefined, first)).toBe(first);
    expect(newerBoard(first, second)).toBe(second);
  });

  it('keeps the newer board when an older one arrives late', () => {
    const newer = board('2027-03-11T10:00:02.000Z');
    expect(newerBoard(newer, board('2027-03-11T10:00:00.000Z'))).toBe(newer);
  });
});

describe('finding the viewer on the board', () => {
  const players = [
    {
      rank: 1,
      name: 'Anna Bakker',
      teamName: 'Chat',
      organizationName: 'X',
      score: 9,
      tieBreak: 'decided_by_score' as const,
    },
    { rank: 2, name: null, teamName: null, organizationName: null, score: 7, tieBreak: 'tied' as const },
    {
      rank: 2,
      name: 'D. d. V.',
      teamName: 'Sales',
      organizationName: 'Y',
      score: 7,
      tieBreak: 'tied' as const,
    },
  ];

  it('matches place, public name and score, so a tie does not pick the wrong row', () => {
    expect(myPlayerIndex(players, me(2))).toBe(2);
  });

  it('finds nobody when the viewer is outside the top, unranked or not logged in', () => {
    expect(myPlayerIndex(players, me(14))).toBe(-1);
    expect(myPlayerIndex(players, me(null))).toBe(-1);
    expect(myPlayerIndex(players, null)).toBe(-1);
  });

  it('finds the viewer’s team by place and name', () => {
    const teams = [
      {
        rank: 1,
        teamName: 'Chat',
        organizationName: 'X',
        meanScore: 8,
        playerCount: 10,
        confirmedCount: 10,
        tieBreak: 'decided_by_score' as const,
      },
      {
        rank: 2,
        teamName: 'Sales',
        organizationName: 'Y',
        meanScore: 6.5,
        playerCount: 11,
        confirmedCount: 12,
        tieBreak: 'decided_by_score' as const,
      },
    ];
    expect(myTeamIndex(teams, me(2))).toBe(1);
    expect(myTeamIndex(teams, me(2, { team: { ...me(2).team, rank: null, eligible: false } }))).toBe(-1);
  });
});

describe('placeAnnouncement', () => {
  it('says nothing for the first board, which is read with the page', () => {
    expect(placeAnnouncement(undefined, me(3))).toBeNull();
  });

  it('says nothing when the place stays the same, even if the score changed', () => {
    expect(placeAnnouncement(me(3), me(3, { score: 8 }))).toBeNull();
  });

  it('announces a new place, and first place in its own words', () => {
    expect(placeAnnouncement(me(3), me(2))).toEqual({ key: 'placeNow', rank: 2, of: 40 });
    expect(placeAnnouncement(me(2), me(1))).toEqual({ key: 'placeFirst', rank: 1, of: 40 });
    expect(placeAnnouncement(null, me(12))).toEqual({ key: 'placeNow', rank: 12, of: 40 });
  });

  it('says nothing for someone without a place', () => {
    expect(placeAnnouncement(me(3), me(null))).toBeNull();
    expect(placeAnnouncement(me(3), null)).toBeNull();
  });
});
