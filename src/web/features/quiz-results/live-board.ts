import type { BoardMe, BoardPlayer, BoardTeam, LiveBoard } from './types.ts';

/**
 * The board to keep when a new one arrives: the stream and the first GET can cross, so an
 * older board (by `updatedAt`) never replaces a newer one.
 */
export function newerBoard(current: LiveBoard | undefined, incoming: LiveBoard): LiveBoard {
  if (!current) return incoming;
  return Date.parse(incoming.updatedAt) >= Date.parse(current.updatedAt) ? incoming : current;
}

/**
 * The row of the top players that is the viewer: same place, same name as others see it
 * (null when hidden) and same score. Rows carry no ids, so with an exact tie between two
 * hidden people the first one is taken, which shows the same place either way.
 */
export function myPlayerIndex(players: readonly BoardPlayer[], me: BoardMe | null): number {
  if (!me || me.rank === null) return -1;
  return players.findIndex((p) => p.rank === me.rank && p.name === me.name && p.score === me.score);
}

/** The row of the top teams that is the viewer's team, or -1. */
export function myTeamIndex(teams: readonly BoardTeam[], me: BoardMe | null): number {
  if (!me || me.team.rank === null) return -1;
  return teams.findIndex((t) => t.rank === me.team.rank && t.teamName === me.team.teamName);
}

/** What the live region says, as an i18n key with its values; null when there is no news. */
export interface Announcement {
  key: 'placeNow' | 'placeFirst';
  rank: number;
  of: number;
}

/**
 * Only the viewer's own place is news for a screen reader: a board changes every few
 * seconds during the event, and reading every change would drown everything else. The
 * first board is read with the page, so it is not announced.
 */
export function placeAnnouncement(
  previous: BoardMe | null | undefined,
  next: BoardMe | null,
): Announcement | null {
  if (previous === undefined || !next || next.rank === null) return null;
  if (previous && previous.rank === next.rank) return null;
  return { key: next.rank === 1 ? 'placeFirst' : 'placeNow', rank: next.rank, of: next.of };
}
