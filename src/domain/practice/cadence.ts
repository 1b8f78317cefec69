/**
 * When practice mails go out: the edition's practice period (Europe/Amsterdam calendar
 * dates, both inclusive) and the campaign's cadence (weekdays plus a local time) turned
 * into instants. Pure: no clock, no I/O.
 */
import { localToInstant } from '../event-window.ts';

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Cadence {
  weekdays: readonly number[];
  /** Local wall-clock time, HH:MM (Europe/Amsterdam). */
  sendTime: string;
}

export interface PracticePeriod {
  /** YYYY-MM-DD, first practice day. */
  startsOn: string;
  /** YYYY-MM-DD, last practice day (inclusive). */
  endsOn: string;
}

/** A calendar date plus `days` (negative allowed), as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isoWeekday(date: string): IsoWeekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** The instant the practice period ends: midnight (Amsterdam) after its last day. Links expire then. */
export function periodEndInstant(period: PracticePeriod): number {
  return localToInstant(addDays(period.endsOn, 1), '00:00');
}

export function periodStartInstant(period: PracticePeriod): number {
  return localToInstant(period.startsOn, '00:00');
}

/** Every send time of the period, ascending (epoch ms). Empty when no weekday is chosen. */
export function sendSlots(period: PracticePeriod, cadence: Cadence): number[] {
  const days = new Set(cadence.weekdays);
  const slots: number[] = [];
  // A practice period is weeks long; the cap guards against a typo like year 20270.
  for (let date = period.startsOn, n = 0; date <= period.endsOn && n < 800; date = addDays(date, 1), n++) {
    if (days.has(isoWeekday(date))) slots.push(localToInstant(date, cadence.sendTime));
  }
  return slots;
}

/**
 * A slot older than this is not sent any more when it was missed (server down, campaign
 * paused): the next slot comes soon enough, and two mails at once would annoy.
 */
export const STALE_SLOT_MS = 24 * 60 * 60 * 1000;

/**
 * The slot to plan now: the latest one that has come (≤ now), was not planned yet
 * (> lastPlanned) and is not stale. Undefined when there is none.
 */
export function slotToPlan(
  slots: readonly number[],
  now: number,
  lastPlanned: number | null,
  staleMs: number = STALE_SLOT_MS,
): number | undefined {
  let found: number | undefined;
  for (const slot of slots) {
    if (slot > now) break;
    if (lastPlanned !== null && slot <= lastPlanned) continue;
    found = slot;
  }
  return found !== undefined && now - found <= staleMs ? found : undefined;
}

/** The first slot after `now`, if any (for "next mail on …"). */
export function nextSlot(slots: readonly number[], now: number): number | undefined {
  return slots.find((s) => s > now);
}

/** YYYY-MM-DD of an instant in Amsterdam (for per-day figures). */
export function amsterdamDate(epochMs: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(epochMs));
}
