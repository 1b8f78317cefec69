import { describe, expect, it } from 'vitest';
import { eurosToCents, formatEuro, percentOfGoal } from './money.ts';

// Intl puts a (narrow) no-break space between € and the amount in Dutch; compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatEuro', () => {
  it('shows whole euros without cents and other amounts with two decimals, per language', () => {
    expect(plain(formatEuro(125_000, 'nl'))).toBe('€ 1.250');
    expect(plain(formatEuro(250, 'nl'))).toBe('€ 2,50');
    expect(formatEuro(125_000, 'en')).toBe('€1,250');
    expect(formatEuro(250, 'en')).toBe('€2.50');
  });
});

describe('eurosToCents', () => {
  it('turns a number field into whole cents, rounding to the cent', () => {
    expect(eurosToCents(250)).toBe(25_000);
    expect(eurosToCents(12.345)).toBe(1235);
    expect(eurosToCents('2,5')).toBe(250);
  });

  it('gives null for an empty or broken field', () => {
    expect(eurosToCents('')).toBeNull();
    expect(eurosToCents(undefined)).toBeNull();
    expect(eurosToCents('twee')).toBeNull();
  });
});

describe('percentOfGoal', () => {
  it('rounds down and stops at 100; null without a goal', () => {
    expect(percentOfGoal(999, 1000)).toBe(99);
    expect(percentOfGoal(5000, 1000)).toBe(100);
    expect(percentOfGoal(10, null)).toBeNull();
    expect(percentOfGoal(10, 0)).toBeNull();
  });
});
