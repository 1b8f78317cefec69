import { describe, expect, it } from 'vitest';
import { answerDeadline, DEFAULT_GRACE_MS, effectiveLimitMs, isLate, remainingMs } from './timing.ts';

const servedAt = 1_780_000_000_000;
const limitMs = 30_000;

describe('effectiveLimitMs', () => {
  it.each([
    [1, 30_000],
    [1.5, 45_000],
    [2, 60_000],
    [0.5, 30_000], // never shorter
    [Number.NaN, 30_000],
  ])('factor %d → %i ms', (factor, expected) => {
    expect(effectiveLimitMs(limitMs, factor)).toBe(expected);
  });
});

describe('answerDeadline and isLate', () => {
  it('defaults to 2 s grace', () => {
    expect(DEFAULT_GRACE_MS).toBe(2000);
    expect(answerDeadline(servedAt, limitMs)).toBe(servedAt + 32_000);
  });

  it.each([
    ['just inside the limit', 29_999, false],
    ['exactly at the limit', 30_000, false],
    ['inside the grace period', 31_000, false],
    ['exactly at the end of grace', 32_000, false],
    ['1 ms after grace', 32_001, true],
  ])('%s', (_name, elapsed, late) => {
    expect(isLate(servedAt, servedAt + elapsed, limitMs)).toBe(late);
  });

  it('extends the limit with the accommodation factor, grace on top', () => {
    expect(answerDeadline(servedAt, limitMs, 1.5)).toBe(servedAt + 47_000);
    expect(isLate(servedAt, servedAt + 47_000, limitMs, 1.5)).toBe(false);
    expect(isLate(servedAt, servedAt + 47_001, limitMs, 1.5)).toBe(true);
    // The same moment is late without the accommodation.
    expect(isLate(servedAt, servedAt + 40_000, limitMs)).toBe(true);
  });

  it('honours a custom grace, and treats negative grace as none', () => {
    expect(isLate(servedAt, servedAt + 30_001, limitMs, 1, 0)).toBe(true);
    expect(answerDeadline(servedAt, limitMs, 1, -5_000)).toBe(servedAt + 30_000);
    expect(isLate(servedAt, servedAt + 34_000, limitMs, 1, 5_000)).toBe(false);
  });
});

describe('remainingMs', () => {
  it('counts down to 0 at the effective limit, never negative, without grace', () => {
    expect(remainingMs(servedAt, servedAt, limitMs, 1)).toBe(30_000);
    expect(remainingMs(servedAt, servedAt + 10_000, limitMs, 1)).toBe(20_000);
    expect(remainingMs(servedAt, servedAt + 31_000, limitMs, 1)).toBe(0);
    expect(remainingMs(servedAt, servedAt + 31_000, limitMs, 1.5)).toBe(14_000);
  });
});
