/**
 * The event day's play window, given as a calendar date and local wall-clock times in
 * Europe/Amsterdam, turned into instants (epoch ms). Pure: no clock, no I/O.
 */
export const EVENT_TIME_ZONE = 'Europe/Amsterdam';

// Building an Intl.DateTimeFormat costs far more than using one, and every play request
// works out the window: one formatter per time zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset of `timeZone` from UTC at instant `epochMs`, in minutes (e.g. +60 in winter, +120 in summer). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string = EVENT_TIME_ZONE): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant at which the wall clock in `timeZone` shows `date` (YYYY-MM-DD) `time` (HH:MM). */
export function localToInstant(date: string, time: string, timeZone: string = EVENT_TIME_ZONE): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset also right after a daylight-saving change.
  let instant = naive - zoneOffsetMinutes(naive, timeZone) * 60_000;
  instant = naive - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return instant;
}

export interface PlayWindow {
  opensAt: number;
  closesAt: number;
}

/** Windows already worked out (a handful of editions; the inputs fully determine the result). */
const windows = new Map<string, PlayWindow>();

export function playWindow(eventDate: string, windowStart: string, windowEnd: string): PlayWindow {
  const key = `${eventDate} ${windowStart} ${windowEnd}`;
  let window = windows.get(key);
  if (!window) {
    if (windows.size > 1000) windows.clear();
    window = Object.freeze({
      opensAt: localToInstant(eventDate, windowStart),
      closesAt: localToInstant(eventDate, windowEnd),
    });
    windows.set(key, window);
  }
  return window;
}

export type WindowPhase = 'before' | 'open' | 'after';

export function windowPhase(window: PlayWindow, now: number): WindowPhase {
  if (now < window.opensAt) return 'before';
  if (now >= window.closesAt) return 'after';
  return 'open';
}
