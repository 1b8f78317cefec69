/** Pure helpers that turn practice figures into chart rows and sentences. */
import type { Locale } from '../../i18n/i18n.ts';
import type { CampaignProgress, ThemeProgress, ThemeRef } from './types.ts';

/** A theme's title in the interface language. */
export const themeTitle = (theme: Pick<ThemeRef, 'titleNl' | 'titleEn'>, locale: Locale): string =>
  locale === 'en' ? theme.titleEn : theme.titleNl;

/** Whole percent of `part` in `total` (0 when there is nothing to count). */
export const percentOf = (part: number, total: number): number =>
  total <= 0 ? 0 : Math.round((part / total) * 100);

export interface ThemeRow {
  themeId: string;
  theme: string;
  sent: number;
  answered: number;
  /** Answered right (half right counts half), rounded to one decimal. */
  right: number;
  /** Answered, not right. */
  notRight: number;
  /** Sent, not answered yet. */
  open: number;
  /** Share right of what was answered. */
  percentRight: number;
}

/** Per theme, the bars of the progress chart: right, not right and still open add up to what was sent. */
export function themeRows(themes: readonly ThemeProgress[], locale: Locale): ThemeRow[] {
  return themes.map((t) => {
    const right = Math.round(t.score * 10) / 10;
    return {
      themeId: t.themeId,
      theme: themeTitle(t, locale),
      sent: t.sent,
      answered: t.answered,
      right,
      notRight: Math.round((t.answered - right) * 10) / 10,
      open: t.sent - t.answered,
      percentRight: percentOf(t.score, t.answered),
    };
  });
}

const dayFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** `ma 2 feb` / `Mon 2 Feb` for a YYYY-MM-DD calendar date (no time zone shift). */
export function formatShortDay(date: string, locale: Locale): string {
  let formatter = dayFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    dayFormatters.set(locale, formatter);
  }
  const parsed = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : formatter.format(parsed);
}

/** `2 februari 2027` / `2 February 2027` for a YYYY-MM-DD calendar date. */
export function formatLongDay(date: string | null, locale: Locale): string {
  if (!date) return '';
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

/** The per-day chart: mails sent and answers given, labelled by day. */
export function perDayRows(progress: Pick<CampaignProgress, 'perDay'>, locale: Locale) {
  return progress.perDay.map((d) => ({
    date: d.date,
    day: formatShortDay(d.date, locale),
    sent: d.sent,
    answered: d.answered,
  }));
}

/** ISO weekdays in the order of the week: 1 = Monday … 7 = Sunday. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Today as YYYY-MM-DD in Amsterdam (the earliest date a pause can run to). */
export function amsterdamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
