/**
 * Competition ranking ("1, 2, 2, 4") over an ordered list of criteria, with a code per
 * entry that explains what decided its place.
 */

/**
 * decided_by_score: nobody else has the same score.
 * tie_broken_by_time / tie_broken_by_finish: someone has the same score and the (mean)
 * answering time, or then the finish moment, set them apart.
 * tied: someone is equal on every criterion; they share the rank.
 */
export type TieBreakCode = 'decided_by_score' | 'tie_broken_by_time' | 'tie_broken_by_finish' | 'tied';

export interface RankCriterion<T> {
  /** Negative when `a` ranks before `b`. */
  compare: (a: T, b: T) => number;
  /** The code used when this criterion is what separates equal scores; unused for the first. */
  code: TieBreakCode;
}

export interface Ranked<T> {
  item: T;
  rank: number;
  tieBreak: TieBreakCode;
}

/**
 * Sorts by the criteria (the first is the score) and assigns competition ranks. Fully
 * tied items share a rank and are listed in `stableKey` order so the output is
 * deterministic.
 */
export function rankCompetition<T>(
  items: readonly T[],
  criteria: readonly RankCriterion<T>[],
  stableKey: (item: T) => string,
): Ranked<T>[] {
  // Index of the first criterion on which a and b differ; criteria.length when fully tied.
  const firstDifference = (a: T, b: T): number => {
    const index = criteria.findIndex((criterion) => criterion.compare(a, b) !== 0);
    return index === -1 ? criteria.length : index;
  };
  const compareAll = (a: T, b: T): number => {
    const level = firstDifference(a, b);
    if (level < criteria.length) return criteria[level]!.compare(a, b);
    const ka = stableKey(a);
    const kb = stableKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  const sorted = [...items].sort(compareAll);

  const levels = sorted.map((item, i) => (i === 0 ? -1 : firstDifference(sorted[i - 1]!, item)));
  const ranks: number[] = [];
  sorted.forEach((_, i) => {
    ranks.push(i > 0 && levels[i] === criteria.length ? ranks[i - 1]! : i + 1);
  });

  return sorted.map((item, i) => {
    // The deepest criterion needed to separate this item from a neighbour with the same score.
    const before = i > 0 ? levels[i]! : 0;
    const after = i + 1 < sorted.length ? levels[i + 1]! : 0;
    const deepest = Math.max(before, after, 0);
    const tieBreak: TieBreakCode =
      deepest === 0 ? 'decided_by_score' : deepest >= criteria.length ? 'tied' : criteria[deepest]!.code;
    return { item, rank: ranks[i]!, tieBreak };
  });
}

/** Ascending order with null (unknown) last. */
export function compareAscNullLast(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}
