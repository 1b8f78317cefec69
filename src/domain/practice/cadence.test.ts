import { describe, expect, it } from 'vitest';
import {
  addDays,
  amsterdamDate,
  isoWeekday,
  nextSlot,
  periodEndInstant,
  sendSlots,
  slotToPlan,
} from './cadence.ts';

const period = { startsOn: '2027-02-01', endsOn: '2027-03-10' };
const monWedFri = { weekdays: [1, 3, 5], sendTime: '08:30' };

describe('practice cadence', () => {
  it('knows weekdays and adds days across months', () => {
    expect(isoWeekday('2027-02-01')).toBe(1);
    expect(isoWeekday('2027-02-07')).toBe(7);
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('lists Monday, Wednesday and Friday at 08:30 Amsterdam time over the period', () => {
    const slots = sendSlots(period, monWedFri);
    // 1 Feb 2027 is a Monday; 08:30 CET is 07:30 UTC.
    expect(new Date(slots[0]!).toISOString()).toBe('2027-02-01T07:30:00.000Z');
    expect(new Date(slots[1]!).toISOString()).toBe('2027-02-03T07:30:00.000Z');
    expect(new Date(slots[2]!).toISOString()).toBe('2027-02-05T07:30:00.000Z');
    // 1 Feb … 10 Mar (a Wednesday): 12 such days in February, 5 in March.
    expect(slots).toHaveLength(17);
    expect(new Date(slots.at(-1)!).toISOString()).toBe('2027-03-10T07:30:00.000Z');
  });

  it('follows summer time', () => {
    const slots = sendSlots({ startsOn: '2027-03-26', endsOn: '2027-03-29' }, monWedFri);
    // Friday 26 March is CET (UTC+1), Monday 29 March CEST (UTC+2).
    expect(slots.map((s) => new Date(s).toISOString())).toEqual([
      '2027-03-26T07:30:00.000Z',
      '2027-03-29T06:30:00.000Z',
    ]);
  });

  it('ends the period at midnight after its last day', () => {
    expect(new Date(periodEndInstant(period)).toISOString()).toBe('2027-03-10T23:00:00.000Z');
  });

  it('plans the latest slot that has come, once, and skips stale ones', () => {
    const slots = sendSlots(period, monWedFri);
    const mon = slots[0]!;
    const wed = slots[1]!;
    expect(slotToPlan(slots, mon - 1, null)).toBeUndefined();
    expect(slotToPlan(slots, mon + 60_000, null)).toBe(mon);
    expect(slotToPlan(slots, mon + 60_000, mon)).toBeUndefined();
    // Down from Monday to Wednesday 09:00: only Wednesday's send goes out.
    expect(slotToPlan(slots, wed + 30 * 60_000, null)).toBe(wed);
    // Monday's slot, found only on Tuesday evening, is stale.
    expect(slotToPlan(slots, mon + 36 * 3600_000, null)).toBeUndefined();
    expect(nextSlot(slots, mon)).toBe(wed);
  });

  it('gives the Amsterdam calendar date of an instant', () => {
    expect(amsterdamDate(Date.parse('2027-02-01T23:30:00Z'))).toBe('2027-02-02');
  });
});
