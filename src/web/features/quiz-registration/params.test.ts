import { describe, expect, it } from 'vitest';
import { formatDay } from './dates.ts';
import { parseYear } from './params.ts';

describe('parseYear', () => {
  it('accepts four-digit years the API accepts and nothing else', () => {
    expect(parseYear('2027')).toBe(2027);
    expect(parseYear('1999')).toBeNull();
    expect(parseYear('27')).toBeNull();
    expect(parseYear('2027abc')).toBeNull();
  });
});

describe('formatDay', () => {
  it('writes a calendar day in full, on that same day in Amsterdam', () => {
    expect(formatDay('2027-03-11', 'nl')).toBe('donderdag 11 maart 2027');
    expect(formatDay('2027-03-11', 'en')).toMatch(/^Thursday,? 11 March 2027$/);
  });

  it('is empty for missing or malformed dates', () => {
    expect(formatDay(null, 'nl')).toBe('');
    expect(formatDay('11-03-2027', 'nl')).toBe('');
  });
});
