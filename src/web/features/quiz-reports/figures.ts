import { playWindow, windowPhase } from '../../../domain/event-window.ts';
import type { Locale } from '../../i18n/i18n.ts';
import type {
  AbilityPoint,
  ObjectiveShare,
  QuestionFlag,
  QuestionPool,
  QuestionStat,
  ThemeShare,
} from './types.ts';

// Pure shaping of report figures for charts, tables and sentences. No React, no I/O.

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A title in the reader's language. */
export const titleOf = (item: { titleNl: string; titleEn: string }, locale: Locale): string =>
  locale === 'en' ? item.titleEn : item.titleNl;

/** 0.634 → "63%" (nl: "63%"); null → "—". */
export function formatShare(share: number | null, locale: Locale, digits = 0): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(share);
}

/** A share as a percentage for a chart axis (one decimal), or null when there is none. */
export const toPercent = (share: number | null): number | null =>
  share === null || !Number.isFinite(share) ? null : Math.round(share * 1000) / 10;

/** A difference of shares in percentage points with its sign: 0.052 → "+5", −0.1 → "−10". */
export function formatPoints(difference: number | null, locale: Locale): string {
  if (difference === null || !Number.isFinite(difference)) return '—';
  const points = Math.round(difference * 100);
  const text = new Intl.NumberFormat(intlLocale[locale]).format(Math.abs(points));
  return points > 0 ? `+${text}` : points < 0 ? `−${text}` : text;
}

/** A number with a fixed number of decimals in the reader's language, with a real minus sign. */
export function formatNumber(value: number | null, locale: Locale, digits = 2, signed = false): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = new Intl.NumberFormat(intlLocale[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Math.abs(value));
  const rounded = Number(value.toFixed(digits));
  if (rounded < 0) return `−${text}`;
  return signed && rounded > 0 ? `+${text}` : text;
}

/** Milliseconds as "4 min 05 s" (or "52 s"). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** A score that may be a half (half-right answers count ½): "7,5" in Dutch. */
export const formatScore = (score: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(score);

export interface ThemeChartRow {
  themeId: string;
  theme: string;
  own: number | null;
  sector: number | null;
}

/** One bar pair per theme (own next to sector, in %), for a grouped bar chart. */
export function themeChartRows(themes: readonly ThemeShare[], locale: Locale): ThemeChartRow[] {
  return themes
    .filter((t) => t.sector !== null || t.share !== null)
    .map((t) => ({
      themeId: t.themeId,
      theme: titleOf(t, locale),
      own: toPercent(t.share),
      sector: toPercent(t.sector),
    }));
}

export interface ObjectiveDifferenceRow {
  objectiveId: string;
  objective: string;
  theme: string;
  /** Own share minus the sector's, in percentage points (one decimal). */
  difference: number;
}

/** Per objective with figures on both sides, the difference from the sector, for a diverging bar chart. */
export function objectiveDifferenceRows(
  themes: readonly ThemeShare[],
  locale: Locale,
): ObjectiveDifferenceRow[] {
  return themes.flatMap((theme) =>
    theme.objectives
      .filter((o): o is ObjectiveShare & { difference: number } => o.difference !== null)
      .map((o) => ({
        objectiveId: o.objectiveId,
        objective: titleOf(o, locale),
        theme: titleOf(theme, locale),
        difference: Math.round(o.difference * 1000) / 10,
      })),
  );
}

/** A symmetric axis around 0 that fits every difference, in steps of 5 points (at least ±10). */
export function divergingDomain(rows: readonly { difference: number }[]): [number, number] {
  const largest = rows.reduce((m, r) => Math.max(m, Math.abs(r.difference)), 0);
  const edge = Math.max(10, Math.ceil(largest / 5) * 5);
  return [-edge, edge];
}

/** Objective titles by id, to name the strengths and weaknesses the API lists by id. */
export function objectiveTitles(
  themes: readonly ThemeShare[],
  locale: Locale,
): Map<string, ObjectiveShare & { title: string }> {
  return new Map(
    themes.flatMap((t) =>
      t.objectives.map((o) => [o.objectiveId, { ...o, title: titleOf(o, locale) }] as const),
    ),
  );
}

export interface AbilityScale {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * The vertical axis of the learning-curve chart: every point with two standard errors up
 * and down fits, with whole-logit ticks (half logits when the range is small).
 */
export function abilityScale(points: readonly AbilityPoint[], multiplier = 2): AbilityScale {
  if (points.length === 0) return { min: -2, max: 2, ticks: [-2, -1, 0, 1, 2] };
  const low = Math.min(...points.map((p) => p.theta - multiplier * p.se));
  const high = Math.max(...points.map((p) => p.theta + multiplier * p.se));
  const step = high - low <= 2 ? 0.5 : 1;
  let min = Math.floor(low / step) * step;
  let max = Math.ceil(high / step) * step;
  if (max - min < 2) {
    const mid = (min + max) / 2;
    min = Math.floor((mid - 1) / step) * step;
    max = Math.ceil((mid + 1) / step) * step;
  }
  const ticks: number[] = [];
  for (let v = min; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return { min, max, ticks };
}

/** The interval of ±`multiplier` standard errors around an estimate. */
export const errorRange = (point: { theta: number; se: number }, multiplier = 2): [number, number] => [
  point.theta - multiplier * point.se,
  point.theta + multiplier * point.se,
];

/**
 * Whether the report of an edition can be opened: the play window closed. The server
 * decides (409 report_not_available before); this only avoids showing a link too early.
 */
export function reportAvailable(
  edition: { eventDate: string | null; windowStart: string; windowEnd: string },
  now: number,
): boolean {
  if (!edition.eventDate) return false;
  const window = playWindow(
    edition.eventDate,
    edition.windowStart.slice(0, 5),
    edition.windowEnd.slice(0, 5),
  );
  return windowPhase(window, now) === 'after';
}

/** Whether the event day has begun, so an organisation's report has something to show. */
export function eventStarted(
  edition: { eventDate: string | null; windowStart: string; windowEnd: string },
  now: number,
): boolean {
  if (!edition.eventDate) return false;
  const window = playWindow(
    edition.eventDate,
    edition.windowStart.slice(0, 5),
    edition.windowEnd.slice(0, 5),
  );
  return windowPhase(window, now) !== 'before';
}

// ---------------------------------------------------------------------------------------------
// Question statistics

export type FlagFilter = 'all' | 'any' | 'none' | QuestionFlag;
export const questionSorts = ['flags', 'shareAsc', 'shareDesc', 'discrimination', 'difficulty'] as const;
export type QuestionSort = (typeof questionSorts)[number];

export interface QuestionFilter {
  flag: FlagFilter;
  themeId: string | null;
  pool: QuestionPool | null;
  sort: QuestionSort;
}

/** Missing values sort last, whichever the direction. */
function compareNullable(a: number | null, b: number | null, direction: 1 | -1): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a - b) * direction;
}

export function filterQuestions(questions: readonly QuestionStat[], filter: QuestionFilter): QuestionStat[] {
  const kept = questions.filter((q) => {
    if (filter.themeId && q.themeId !== filter.themeId) return false;
    if (filter.pool && q.pool !== filter.pool) return false;
    if (filter.flag === 'any') return q.flags.length > 0;
    if (filter.flag === 'none') return q.flags.length === 0;
    if (filter.flag !== 'all') return q.flags.includes(filter.flag);
    return true;
  });
  const byStem = (a: QuestionStat, b: QuestionStat) => a.stem.localeCompare(b.stem);
  const compare: Record<QuestionSort, (a: QuestionStat, b: QuestionStat) => number> = {
    // The API's order: most flags first, then pool and text.
    flags: (a, b) => b.flags.length - a.flags.length,
    shareAsc: (a, b) => compareNullable(a.shareCorrect, b.shareCorrect, 1),
    shareDesc: (a, b) => compareNullable(a.shareCorrect, b.shareCorrect, -1),
    discrimination: (a, b) => compareNullable(a.pointBiserial, b.pointBiserial, 1),
    difficulty: (a, b) => compareNullable(a.difficulty, b.difficulty, -1),
  };
  return kept
    .map((q, index) => ({ q, index }))
    .sort(
      (a, b) =>
        compare[filter.sort](a.q, b.q) || (filter.sort === 'flags' ? a.index - b.index : byStem(a.q, b.q)),
    )
    .map((x) => x.q);
}

export interface OptionBar {
  option: string;
  chosen: number;
  /** Share of the answers (0–1), or null without answers. */
  share: number | null;
  correct: boolean;
}

/** How often each option was chosen, as bars; labels A, B, C… keep the axis short. */
export function optionBars(question: Pick<QuestionStat, 'options' | 'answered'>): OptionBar[] {
  return question.options.map((o, index) => ({
    option: String.fromCharCode(65 + index),
    chosen: o.chosen,
    share: question.answered > 0 ? o.chosen / question.answered : null,
    correct: o.correct,
  }));
}

/** Points of the difficulty-vs-share chart: only questions with both figures. */
export function scatterPoints(
  questions: readonly QuestionStat[],
): Array<{ difficulty: number; share: number }> {
  return questions
    .filter((q) => q.difficulty !== null && q.shareCorrect !== null)
    .map((q) => ({
      difficulty: Math.round(q.difficulty! * 100) / 100,
      share: Math.round(q.shareCorrect! * 1000) / 10,
    }));
}

/** How many questions carry each flag. */
export function flagCounts(questions: readonly QuestionStat[]): Record<QuestionFlag, number> {
  const counts: Record<QuestionFlag, number> = {
    negative_discrimination: 0,
    nobody_right: 0,
    everybody_right: 0,
  };
  for (const q of questions) for (const f of q.flags) counts[f]++;
  return counts;
}
