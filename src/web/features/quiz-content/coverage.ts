import type { Coverage, CoverageObjective, CoverageTheme, QuestionPool } from './types.ts';

/** One bar of the coverage chart: approved questions and what is still missing to reach the target. */
export interface CoverageBar {
  id: string;
  objective: string;
  approved: number;
  missing: number;
  target: number;
}

type Titled = { titleNl: string; titleEn: string };
const title = (item: Titled, locale: string) =>
  locale === 'en' && item.titleEn ? item.titleEn : item.titleNl;

/** How many more approved questions an objective needs in a pool (0 when the target is met). */
export const missingOf = (objective: CoverageObjective, pool: QuestionPool): number =>
  Math.max(0, objective.target[pool] - objective.approved[pool]);

/** The bars of a theme for one pool: approved stacked with the gap, so gaps stand out at a glance. */
export function coverageBars(theme: CoverageTheme, pool: QuestionPool, locale: string): CoverageBar[] {
  return theme.objectives.map((objective) => ({
    id: objective.id,
    objective: title(objective, locale),
    approved: objective.approved[pool],
    missing: missingOf(objective, pool),
    target: objective.target[pool],
  }));
}

/** How many of a theme's objectives meet their target in a pool. */
export function objectivesMeetingTarget(theme: CoverageTheme, pool: QuestionPool): number {
  return theme.objectives.filter((o) => missingOf(o, pool) === 0).length;
}

/** Objectives below target in a pool, over the whole edition. */
export function gapCount(coverage: Coverage, pool: QuestionPool): number {
  return coverage.themes.reduce(
    (sum, theme) => sum + theme.objectives.length - objectivesMeetingTarget(theme, pool),
    0,
  );
}

/** Share of the target that is approved, capped at 100 (for a progress bar). */
export function percentOfTarget(approved: number, target: number): number {
  if (target <= 0) return 100;
  return Math.min(100, Math.round((approved / target) * 100));
}
