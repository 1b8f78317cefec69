import { describe, expect, it } from 'vitest';
import { coverageBars, gapCount, objectivesMeetingTarget, percentOfTarget } from './coverage.ts';
import type { Coverage, CoverageTheme } from './types.ts';

const counts = (core: number, manager: number, practice: number) => ({ core, manager, practice });

const theme: CoverageTheme = {
  id: 't1',
  titleNl: 'Het klantgesprek',
  titleEn: 'The customer conversation',
  approved: counts(5, 1, 2),
  target: counts(6, 2, 4),
  objectives: [
    {
      id: 'o1',
      titleNl: 'Vraagtechnieken',
      titleEn: 'Questioning',
      approved: counts(4, 0, 2),
      inProgress: counts(1, 0, 0),
      target: counts(3, 1, 2),
      gaps: ['manager'],
    },
    {
      id: 'o2',
      titleNl: 'Klachten',
      titleEn: 'Complaints',
      approved: counts(1, 1, 0),
      inProgress: counts(0, 0, 0),
      target: counts(3, 1, 2),
      gaps: ['core', 'practice'],
    },
  ],
};

describe('coverage', () => {
  it('stacks approved with what is missing, never a negative gap', () => {
    expect(coverageBars(theme, 'core', 'nl')).toEqual([
      { id: 'o1', objective: 'Vraagtechnieken', approved: 4, missing: 0, target: 3 },
      { id: 'o2', objective: 'Klachten', approved: 1, missing: 2, target: 3 },
    ]);
    expect(coverageBars(theme, 'core', 'en')[1]?.objective).toBe('Complaints');
  });

  it('counts objectives that meet the target, and gaps over the edition', () => {
    expect(objectivesMeetingTarget(theme, 'core')).toBe(1);
    expect(objectivesMeetingTarget(theme, 'manager')).toBe(1);
    const coverage: Coverage = {
      themes: [theme, theme],
      totals: { approved: counts(0, 0, 0), target: counts(0, 0, 0) },
    };
    expect(gapCount(coverage, 'practice')).toBe(2);
  });

  it('caps progress at 100% and treats a zero target as met', () => {
    expect(percentOfTarget(5, 4)).toBe(100);
    expect(percentOfTarget(1, 4)).toBe(25);
    expect(percentOfTarget(0, 0)).toBe(100);
  });
});
