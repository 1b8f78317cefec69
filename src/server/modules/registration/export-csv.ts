/**
 * CSV files of the staff overviews, for Dutch Excel: UTF-8 with BOM, `;`-separated,
 * amounts in euros with a decimal comma (Dutch) or point (English), times in Amsterdam.
 */
import { writeCsv } from '../../../domain/csv/write-csv.ts';
import type { Locale } from '../../lib/mail/templates.ts';

type Labels = Record<Locale, string>;
export interface Column<T> {
  label: Labels;
  value: (row: T, locale: Locale) => string;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export function toCsv<T>(columns: Column<T>[], rows: readonly T[], locale: Locale): string {
  return writeCsv([
    columns.map((c) => c.label[locale]),
    ...rows.map((r) => columns.map((c) => c.value(r, locale))),
  ]);
}

export const euros = (cents: number, locale: Locale): string => {
  const text = (cents / 100).toFixed(2);
  return locale === 'nl' ? text.replace('.', ',') : text;
};

const amsterdam = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2027-01-15 14:03" in Amsterdam time; empty when there is no time. */
export const localTime = (iso: string | null): string => (iso ? amsterdam.format(new Date(iso)) : '');

export const yesNo = (value: boolean, locale: Locale): string =>
  locale === 'nl' ? (value ? 'ja' : 'nee') : value ? 'yes' : 'no';

const statusLabels: Record<string, Labels> = {
  invited: { nl: 'uitgenodigd', en: 'invited' },
  confirmed: { nl: 'bevestigd', en: 'confirmed' },
  bounced: { nl: 'onbestelbaar', en: 'bounced' },
  pledged: { nl: 'toegezegd', en: 'pledged' },
  paid: { nl: 'betaald', en: 'paid' },
  cancelled: { nl: 'geannuleerd', en: 'cancelled' },
  agent: { nl: 'medewerker', en: 'agent' },
  team_leader: { nl: 'teamleider', en: 'team leader' },
  manager: { nl: 'manager', en: 'manager' },
};

/** A status or role code in words (the code itself when unknown). */
export const label = (code: string, locale: Locale): string => statusLabels[code]?.[locale] ?? code;

/** The participant list template offered to coordinators (header and one example row). */
export function participantTemplate(locale: Locale): string {
  return locale === 'nl'
    ? writeCsv([
        ['naam', 'e-mail', 'rol'],
        ['Sanne de Vries', 'sanne.devries@bedrijf.nl', 'medewerker'],
        ['Ahmed Benali', 'ahmed.benali@bedrijf.nl', 'teamleider'],
        ['Joke Bakker', 'joke.bakker@bedrijf.nl', 'manager'],
      ])
    : writeCsv([
        ['name', 'email', 'role'],
        ['Sanne de Vries', 'sanne.devries@company.example', 'agent'],
        ['Ahmed Benali', 'ahmed.benali@company.example', 'team_leader'],
        ['Joke Bakker', 'joke.bakker@company.example', 'manager'],
      ]);
}
