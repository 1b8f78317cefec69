import type { Flag, FlagKind } from './types.ts';

export type FlagFilter = FlagKind | 'all';

/** How many flags of each kind, for the filter's labels. */
export function flagCounts(flags: readonly Flag[]): Record<FlagKind, number> {
  const counts: Record<FlagKind, number> = { too_fast: 0, tab_switches: 0, late_answer: 0 };
  for (const flag of flags) counts[flag.kind]++;
  return counts;
}

/**
 * The flags to show: one kind or all, with flags that are not dealt with yet (not
 * excluded) first and, within that, people with the most flags first, so what needs a
 * decision is at the top. The server's order is kept otherwise.
 */
export function filterFlags(flags: readonly Flag[], filter: FlagFilter): Flag[] {
  const perPerson = new Map<string, number>();
  for (const flag of flags) perPerson.set(flag.participantId, (perPerson.get(flag.participantId) ?? 0) + 1);
  return flags
    .map((flag, index) => ({ flag, index }))
    .filter(({ flag }) => filter === 'all' || flag.kind === filter)
    .sort(
      (a, b) =>
        Number(a.flag.excluded) - Number(b.flag.excluded) ||
        (perPerson.get(b.flag.participantId) ?? 0) - (perPerson.get(a.flag.participantId) ?? 0) ||
        a.index - b.index,
    )
    .map(({ flag }) => flag);
}
