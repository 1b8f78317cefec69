/** One step of a podium: a place and everyone who shares it (competition ranks 1, 1, 3). */
export interface PodiumPlace<T> {
  rank: number;
  entries: T[];
}

/**
 * Groups ranked entries into podium places 1 to `lastPlace`, in rank order. People who
 * share a place stand on one step; a shared first place leaves no second place (ranks go
 * 1, 1, 3), so the podium then has two steps, not three.
 */
export function podiumPlaces<T extends { rank: number }>(
  entries: readonly T[],
  lastPlace = 3,
): PodiumPlace<T>[] {
  const places = new Map<number, T[]>();
  for (const entry of entries) {
    if (entry.rank < 1 || entry.rank > lastPlace) continue;
    const place = places.get(entry.rank);
    if (place) place.push(entry);
    else places.set(entry.rank, [entry]);
  }
  return [...places.entries()].sort(([a], [b]) => a - b).map(([rank, list]) => ({ rank, entries: list }));
}

/**
 * Where a step stands on a classic podium, left to right: second, first, third. Used as a
 * CSS `order` on wide screens only; the list itself stays in rank order, which is what
 * screen readers and narrow screens follow.
 */
export function podiumColumn(index: number, count: number): number {
  if (count < 2) return 0;
  if (index === 0) return 1; // the winner stands in the middle
  if (index === 1) return 0; // second place on the left
  return index; // third place (and any later) on the right
}

/** Step height in per cent of the tallest: the winner highest, third place lowest. */
export function podiumHeight(rank: number): number {
  return rank === 1 ? 100 : rank === 2 ? 75 : 55;
}
