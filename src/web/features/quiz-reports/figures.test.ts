import { describe, expect, it } from 'vitest';
import {
  abilityScale,
  divergingDomain,
  errorRange,
  eventStarted,
  filterQuestions,
  flagCounts,
  formatNumber,
  formatPoints,
  formatShare,
  objectiveDifferenceRows,
  optionBars,
  reportAvailable,
  scatterPoints,
  themeChartRows,
} from './figures.ts';
import type { QuestionStat, ThemeShare } from './types.ts';

const objective = (id: string, share: number | null, sector: number | null) => ({
  objectiveId: id,
  titleNl: `Doel ${id}`,
  titleEn: `Objective ${id}`,
  share,
  counted: share === null ? 0 : 10,
  sector,
  difference: share === null || sector === null ? null : share - sector,
});

const themes: ThemeShare[] = [
  {
    themeId: 't1',
    titleNl: 'Het klantgesprek',
    titleEn: 'The conversation',
    share: 0.75,
    counted: 20,
    sector: 0.6,
    difference: 0.15,
    objectives: [objective('o1', 0.8, 0.6), objective('o2', 0.5, 0.62)],
  },
  {
    themeId: 't2',
    titleNl: 'Kanalen',
    titleEn: 'Channels',
    share: null,
    counted: 0,
    sector: 0.4,
    difference: null,
    objectives: [objective('o3', null, 0.4)],
  },
  {
    themeId: 't3',
    titleNl: 'Leeg',
    titleEn: 'Empty',
    share: null,
    counted: 0,
    sector: null,
    difference: null,
    objectives: [],
  },
];

describe('formatting', () => {
  it('shows shares as percentages and missing ones as a dash', () => {
    expect(formatShare(0.634, 'nl')).toBe('63%');
    expect(formatShare(0.634, 'en', 1)).toBe('63.4%');
    expect(formatShare(null, 'nl')).toBe('—');
  });

  it('signs differences in percentage points with a real minus', () => {
    expect(formatPoints(0.052, 'nl')).toBe('+5');
    expect(formatPoints(-0.1, 'nl')).toBe('−10');
    expect(formatPoints(0.001, 'nl')).toBe('0');
    expect(formatPoints(null, 'en')).toBe('—');
  });

  it('writes numbers with a decimal comma in Dutch and signs them on request', () => {
    expect(formatNumber(0.4237, 'nl')).toBe('0,42');
    expect(formatNumber(-1.5, 'en', 1)).toBe('−1.5');
    expect(formatNumber(0.4, 'nl', 2, true)).toBe('+0,40');
    expect(formatNumber(-0.001, 'nl', 2, true)).toBe('0,00');
    expect(formatNumber(null, 'nl')).toBe('—');
  });
});

describe('chart data', () => {
  it('gives one row per theme with any figure, own and sector in percent', () => {
    expect(themeChartRows(themes, 'nl')).toEqual([
      { themeId: 't1', theme: 'Het klantgesprek', own: 75, sector: 60 },
      { themeId: 't2', theme: 'Kanalen', own: null, sector: 40 },
    ]);
    expect(themeChartRows(themes, 'en')[1]!.theme).toBe('Channels');
  });

  it('lists objectives with a difference for the diverging chart, in points', () => {
    const rows = objectiveDifferenceRows(themes, 'nl');
    expect(rows.map((r) => [r.objectiveId, r.difference, r.theme])).toEqual([
      ['o1', 20, 'Het klantgesprek'],
      ['o2', -12, 'Het klantgesprek'],
    ]);
  });

  it('makes a symmetric axis around zero in steps of five, at least ±10', () => {
    expect(divergingDomain([])).toEqual([-10, 10]);
    expect(divergingDomain([{ difference: 3 }, { difference: -12.5 }])).toEqual([-15, 15]);
    expect(divergingDomain([{ difference: 31 }])).toEqual([-35, 35]);
  });
});

describe('learning-curve scale', () => {
  it('fits both points with two standard errors and has ticks at its ends', () => {
    const scale = abilityScale([
      { phase: 'baseline', theta: -0.4, se: 0.6, responses: 12, score: 5 },
      { phase: 'event', theta: 1.1, se: 0.4, responses: 30, score: 22 },
    ]);
    expect(scale.min).toBeLessThanOrEqual(-0.4 - 1.2);
    expect(scale.max).toBeGreaterThanOrEqual(1.1 + 0.8);
    expect(scale.ticks[0]).toBe(scale.min);
    expect(scale.ticks.at(-1)).toBe(scale.max);
    expect(scale.ticks).toContain(0);
  });

  it('spans at least two logits when the bars are short', () => {
    const scale = abilityScale([{ phase: 'event', theta: 0.2, se: 0.05, responses: 80, score: 50 }]);
    expect(scale.max - scale.min).toBeGreaterThanOrEqual(2);
    expect(scale.ticks[1]! - scale.ticks[0]!).toBe(0.5);
  });

  it('gives the ±2 SE interval', () => {
    expect(errorRange({ theta: 1, se: 0.25 })).toEqual([0.5, 1.5]);
  });
});

describe('availability', () => {
  // 11 March 2027, 09:00–17:00 in Amsterdam (CET, UTC+1).
  const edition = { eventDate: '2027-03-11', windowStart: '09:00', windowEnd: '17:00' };

  it('opens the report only once the play window has closed', () => {
    expect(reportAvailable(edition, Date.parse('2027-03-11T15:59:00Z'))).toBe(false);
    expect(reportAvailable(edition, Date.parse('2027-03-11T16:00:00Z'))).toBe(true);
    expect(reportAvailable({ ...edition, eventDate: null }, Date.now())).toBe(false);
  });

  it('shows the organisation report from the start of the window', () => {
    expect(eventStarted(edition, Date.parse('2027-03-11T07:59:00Z'))).toBe(false);
    expect(eventStarted(edition, Date.parse('2027-03-11T08:00:00Z'))).toBe(true);
  });
});

const question = (over: Partial<QuestionStat>): QuestionStat => ({
  questionId: 'q',
  pool: 'core',
  type: 'single',
  objectiveId: 'o1',
  themeId: 't1',
  stem: 'Vraag',
  served: 20,
  answered: 20,
  shareCorrect: 0.5,
  shareFullyCorrect: 0.5,
  pointBiserial: 0.3,
  options: [],
  difficulty: 0,
  difficultySe: 0.2,
  difficultyStatus: 'estimated',
  flags: [],
  ...over,
});

describe('question statistics', () => {
  const questions = [
    question({ questionId: 'a', stem: 'B-vraag', shareCorrect: 0.9, pointBiserial: 0.4, difficulty: -1.2 }),
    question({
      questionId: 'b',
      stem: 'A-vraag',
      shareCorrect: 0.3,
      pointBiserial: -0.2,
      difficulty: 1.1,
      flags: ['negative_discrimination'],
    }),
    question({
      questionId: 'c',
      stem: 'C-vraag',
      themeId: 't2',
      shareCorrect: null,
      pointBiserial: null,
      difficulty: null,
      difficultyStatus: 'no_responses',
    }),
    question({
      questionId: 'd',
      stem: 'D-vraag',
      pool: 'manager',
      shareCorrect: 1,
      flags: ['everybody_right'],
      difficulty: null,
      difficultyStatus: 'all_correct',
    }),
  ];
  const base = { flag: 'all' as const, themeId: null, pool: null, sort: 'flags' as const };
  const ids = (list: QuestionStat[]) => list.map((q) => q.questionId);

  it('filters by flag, theme and pool', () => {
    expect(ids(filterQuestions(questions, { ...base, flag: 'any' }))).toEqual(['b', 'd']);
    expect(ids(filterQuestions(questions, { ...base, flag: 'none' }))).toEqual(['a', 'c']);
    expect(ids(filterQuestions(questions, { ...base, flag: 'everybody_right' }))).toEqual(['d']);
    expect(ids(filterQuestions(questions, { ...base, themeId: 't2' }))).toEqual(['c']);
    expect(ids(filterQuestions(questions, { ...base, pool: 'manager' }))).toEqual(['d']);
  });

  it('sorts with missing values last in both directions', () => {
    expect(ids(filterQuestions(questions, { ...base, sort: 'shareAsc' }))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(filterQuestions(questions, { ...base, sort: 'shareDesc' }))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(filterQuestions(questions, { ...base, sort: 'discrimination' }))).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
    expect(ids(filterQuestions(questions, { ...base, sort: 'difficulty' }))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('keeps the API order among questions with as many flags', () => {
    expect(ids(filterQuestions(questions, base))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('counts flags and leaves questions without a difficulty out of the scatter chart', () => {
    expect(flagCounts(questions)).toEqual({
      negative_discrimination: 1,
      nobody_right: 0,
      everybody_right: 1,
    });
    expect(scatterPoints(questions)).toEqual([
      { difficulty: -1.2, share: 90 },
      { difficulty: 1.1, share: 30 },
    ]);
  });

  it('turns option counts into lettered bars with shares of the answers', () => {
    const bars = optionBars({
      answered: 8,
      options: [
        { text: 'Ja', correct: true, chosen: 6 },
        { text: 'Nee', correct: false, chosen: 2 },
      ],
    });
    expect(bars).toEqual([
      { option: 'A', chosen: 6, share: 0.75, correct: true },
      { option: 'B', chosen: 2, share: 0.25, correct: false },
    ]);
    expect(
      optionBars({ answered: 0, options: [{ text: 'x', correct: true, chosen: 0 }] })[0]!.share,
    ).toBeNull();
  });
});
