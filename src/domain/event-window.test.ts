import { describe, expect, it } from 'vitest';
import { localToInstant, playWindow, windowPhase, zoneOffsetMinutes } from './event-window.ts';

describe('event window in Europe/Amsterdam', () => {
  it('knows winter and summer time', () => {
    expect(zoneOffsetMinutes(Date.parse('2027-01-15T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2027-07-15T12:00:00Z'))).toBe(120);
  });

  it('turns local wall-clock times into instants', () => {
    expect(new Date(localToInstant('2027-03-11', '09:00')).toISOString()).toBe('2027-03-11T08:00:00.000Z');
    expect(new Date(localToInstant('2027-06-10', '21:00')).toISOString()).toBe('2027-06-10T19:00:00.000Z');
    // The last Sunday of March 2027 is the 28th: 09:00 is already summer time.
    expect(new Date(localToInstant('2027-03-28', '09:00')).toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(new Date(localToInstant('2027-10-31', '09:00')).toISOString()).toBe('2027-10-31T08:00:00.000Z');
  });

  it('says whether the window is before, open or after', () => {
    const w = playWindow('2027-03-11', '09:00', '21:00');
    expect(windowPhase(w, Date.parse('2027-03-11T07:59:59Z'))).toBe('before');
    expect(windowPhase(w, Date.parse('2027-03-11T08:00:00Z'))).toBe('open');
    expect(windowPhase(w, Date.parse('2027-03-11T19:59:59Z'))).toBe('open');
    expect(windowPhase(w, Date.parse('2027-03-11T20:00:00Z'))).toBe('after');
  });
});
