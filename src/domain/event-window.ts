/**
 * The event day's play window, given as a calendar date and local wall-clock times in
 * Europe/Amsterdam, turned into instants (epoch ms). Pure: no clock, no I/O.
 */
export const EVENT_TIME_ZONE = 'Europe/Amsterdam';

/** Offset of `timeZone` from UTC at instant `epochMs`, in minutes (e.g. +60 in winter, +120 in summer). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string = EVENT_TIME_ZONE): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
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

export function playWindow(eventDate: string, windowStart: string, windowEnd: string): PlayWindow {
  return { opensAt: localToInstant(eventDate, windowStart), closesAt: localToInstant(eventDate, windowEnd) };
}

export type WindowPhase = 'before' | 'open' | 'after';

export function windowPhase(window: PlayWindow, now: number): WindowPhase {
  if (now < window.opensAt) return 'before';
  if (now >= window.closesAt) return 'after';
  return 'open';
}
