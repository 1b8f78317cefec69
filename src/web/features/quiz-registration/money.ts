import type { Locale } from '../../i18n/i18n.ts';

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * An amount in cents as euros: `€ 1.250` / `€1,250` for whole euros, with cents otherwise
 * (`€ 2,50`). Money is stored in cents everywhere; only the screen shows euros.
 */
export function formatEuro(cents: number, locale: Locale): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

/**
 * Euros from a number field (a number, or '' when empty) to whole cents; null when empty
 * or not a finite amount. Rounds to the cent, so 12.345 becomes 1235.
 */
export function eurosToCents(value: number | string | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const euros = typeof value === 'number' ? value : Number(value.replace(',', '.'));
  if (!Number.isFinite(euros)) return null;
  return Math.round(euros * 100);
}

/** Cents to a number for a euro number field. */
export const centsToEuros = (cents: number): number => cents / 100;

/** How far `total` is towards `goal`, 0–100 (whole percent, rounded down so 100 means reached). */
export function percentOfGoal(total: number, goal: number | null): number | null {
  if (!goal || goal <= 0) return null;
  return Math.min(100, Math.floor((total / goal) * 100));
}
