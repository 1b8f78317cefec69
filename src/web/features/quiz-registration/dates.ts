import type { Locale } from '../../i18n/i18n.ts';

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A calendar day (`YYYY-MM-DD`, as the API sends edition dates) in full words:
 * "donderdag 11 maart 2027" / "Thursday 11 March 2027". Empty for missing or malformed input.
 */
export function formatDay(day: string | null | undefined, locale: Locale): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  // Noon UTC is the same calendar day in Amsterdam (and everywhere in Europe).
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
