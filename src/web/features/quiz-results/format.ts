import type { Locale } from '../../i18n/i18n.ts';

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A score with half credits: `12`, `12,5` (nl) / `12.5` (en). */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(score);
}

/** A mean or a logit value with a fixed number of decimals, signed when asked: `+1,42`. */
export function formatDecimal(value: number, locale: Locale, digits = 1, signed = false): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** Milliseconds as a duration people read: `0,8 s`, `42 s`, `3 min 05 s`. */
export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 10_000) return `${formatDecimal(ms / 1000, locale, 1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}
