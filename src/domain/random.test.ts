import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt, seedFromString, shuffle } from './random.ts';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('stays within [0, 1)', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('seedFromString', () => {
  it('is stable and spreads nearby strings', () => {
    expect(seedFromString('attempt-1:q1')).toBe(seedFromString('attempt-1:q1'));
    expect(seedFromString('attempt-1:q1')).not.toBe(seedFromString('attempt-1:q2'));
    expect(Number.isInteger(seedFromString(''))).toBe(true);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const output = shuffle(input, mulberry32(1));
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...output].sort((x, y) => x - y)).toEqual(input);
  });

  it('reaches every position (not a fixed permutation)', () => {
    const random = mulberry32(99);
    const firsts = new Set<number>();
    for (let i = 0; i < 200; i++) firsts.add(shuffle([0, 1, 2, 3], random)[0]!);
    expect(firsts).toEqual(new Set([0, 1, 2, 3]));
    expect(randomInt(mulberry32(3), 1)).toBe(0);
  });
});
