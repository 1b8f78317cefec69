/**
 * Shares correct per theme and learning objective for a person or a group, next to the
 * sector (everyone in the edition). Based on the core quiz, which everybody plays, so
 * the comparison is on the same questions. Pure: no database.
 */
import type { ThemeShareView } from './views.ts';

/** Group figures are withheld below this many players, so no individual can be read from them. */
export const MIN_GROUP_SIZE = 3;
const STRENGTHS = 3;

export interface ObjectiveTotal {
  userId: string;
  objectiveId: string;
  credit: number;
  counted: number;
}

export interface Structure {
  themes: ReadonlyArray<{ id: string; titleNl: string; titleEn: string; retiredAt: Date | null }>;
  objectives: ReadonlyArray<{
    id: string;
    themeId: string;
    titleNl: string;
    titleEn: string;
    retiredAt: Date | null;
  }>;
}

type Sums = Map<string, { credit: number; counted: number }>;

export function sumByObjective(rows: readonly ObjectiveTotal[], users?: ReadonlySet<string>): Sums {
  const sums: Sums = new Map();
  for (const row of rows) {
    if (users && !users.has(row.userId)) continue;
    const sum = sums.get(row.objectiveId) ?? { credit: 0, counted: 0 };
    sum.credit += row.credit;
    sum.counted += row.counted;
    sums.set(row.objectiveId, sum);
  }
  return sums;
}

const shareOf = (sum: { credit: number; counted: number } | undefined): number | null =>
  sum && sum.counted > 0 ? sum.credit / sum.counted : null;

const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

/**
 * Themes with their objectives: the group's share, how many answers it rests on, the
 * sector's share and the difference. `suppressed` empties the group's figures.
 */
export function themeBreakdown(
  structure: Structure,
  own: Sums,
  sector: Sums,
  suppressed = false,
): ThemeShareView[] {
  return structure.themes
    .filter((t) => !t.retiredAt)
    .map((theme) => {
      const objectives = structure.objectives
        .filter((o) => o.themeId === theme.id && !o.retiredAt)
        .map((o) => {
          const mine = suppressed ? undefined : own.get(o.id);
          const share = shareOf(mine);
          const sectorShare = shareOf(sector.get(o.id));
          return {
            objectiveId: o.id,
            titleNl: o.titleNl,
            titleEn: o.titleEn,
            share,
            counted: mine?.counted ?? 0,
            sector: sectorShare,
            difference: difference(share, sectorShare),
          };
        });
      const total = (sums: Sums, skip: boolean) => {
        if (skip) return undefined;
        let credit = 0;
        let counted = 0;
        for (const o of objectives) {
          const sum = sums.get(o.objectiveId);
          credit += sum?.credit ?? 0;
          counted += sum?.counted ?? 0;
        }
        return { credit, counted };
      };
      const mine = total(own, suppressed);
      const share = shareOf(mine);
      const sectorShare = shareOf(total(sector, false));
      return {
        themeId: theme.id,
        titleNl: theme.titleNl,
        titleEn: theme.titleEn,
        share,
        counted: mine?.counted ?? 0,
        sector: sectorShare,
        difference: difference(share, sectorShare),
        objectives,
      };
    });
}

/** The objectives furthest above (strengths) and below (weaknesses) the sector, at most three each. */
export function strengthsAndWeaknesses(themes: readonly ThemeShareView[]): {
  strengths: string[];
  weaknesses: string[];
} {
  const scored = themes
    .flatMap((t) => t.objectives)
    .filter((o): o is typeof o & { difference: number } => o.difference !== null);
  const byDifference = [...scored].sort(
    (a, b) => b.difference - a.difference || (a.objectiveId < b.objectiveId ? -1 : 1),
  );
  return {
    strengths: byDifference
      .filter((o) => o.difference > 0)
      .slice(0, STRENGTHS)
      .map((o) => o.objectiveId),
    weaknesses: byDifference
      .filter((o) => o.difference < 0)
      .reverse()
      .slice(0, STRENGTHS)
      .map((o) => o.objectiveId),
  };
}
