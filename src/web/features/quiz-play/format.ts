import type { Locale } from '../../i18n/i18n.ts';

// Event-day moments as people in the Netherlands read them: "donderdag 11 maart" and "09:00",
// on the Amsterdam clock wherever the device is.

const timeZone = 'Europe/Amsterdam';
const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(new Date(iso));
}

export function formatTime(iso: string | number, locale: Locale, withSeconds = false): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}
