import type { Locale } from '../i18n/i18n.ts';

/** Times are shown as Dutch clocks show them, wherever the browser is. */
const timeZone = 'Europe/Amsterdam';
const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale[locale], {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone,
    });
    formatters.set(key, found);
  }
  return found;
}

/** `12 mrt 2026 14:05` (nl) or `12 Mar 2026, 14:05` (en); empty for missing or broken input. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter(locale, true).format(date);
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter(locale, false).format(date);
}
