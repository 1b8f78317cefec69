import { describe, expect, it } from 'vitest';
import {
  amsterdamToday,
  formatLongDay,
  formatShortDay,
  percentOf,
  perDayRows,
  themeRows,
} from './figures.ts';

describe('themeRows', () => {
  const themes = [
    {
      themeId: 't1',
      titleNl: 'Het klantgesprek',
      titleEn: 'The conversation',
      sent: 5,
      answered: 4,
      score: 2.5,
    },
    { themeId: 't2', titleNl: 'Kanalen', titleEn: 'Channels', sent: 2, answered: 0, score: 0 },
  ];

  it('splits what was sent into right, not right and open, so the stacked bar adds up', () => {
    const [first, second] = themeRows(themes, 'nl');
    expect(first).toMatchObject({
      theme: 'Het klantgesprek',
      right: 2.5,
      notRight: 1.5,
      open: 1,
      percentRight: 63,
    });
    expect(first!.right + first!.notRight + first!.open).toBe(first!.sent);
    expect(second).toMatchObject({ right: 0, notRight: 0, open: 2, percentRight: 0 });
  });

  it('uses the theme title of the interface language', () => {
    expect(themeRows(themes, 'en').map((r) => r.theme)).toEqual(['The conversation', 'Channels']);
  });
});

describe('percentOf', () => {
  it('rounds, and is 0 when there is nothing to count', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe('dates', () => {
  it('formats calendar dates without shifting them by a time zone', () => {
    expect(formatLongDay('2027-02-01', 'nl')).toBe('1 februari 2027');
    expect(formatLongDay('2027-02-01', 'en')).toBe('1 February 2027');
    expect(formatLongDay(null, 'nl')).toBe('');
    expect(formatShortDay('2027-02-01', 'nl')).toMatch(/^ma 1 feb/);
  });

  it('labels the per-day rows', () => {
    expect(perDayRows({ perDay: [{ date: '2027-02-03', sent: 4, answered: 7 }] }, 'en')).toEqual([
      { date: '2027-02-03', day: 'Wed 3 Feb', sent: 4, answered: 7 },
    ]);
  });

  it("takes today's date in Amsterdam, also late in the evening UTC", () => {
    expect(amsterdamToday(new Date('2027-02-01T23:30:00Z'))).toBe('2027-02-02');
    expect(amsterdamToday(new Date('2027-07-01T21:59:00Z'))).toBe('2027-07-01');
  });
});
