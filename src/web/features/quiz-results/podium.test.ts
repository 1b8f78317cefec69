import { describe, expect, it } from 'vitest';
import { podiumColumn, podiumHeight, podiumPlaces } from './podium.ts';

const entry = (rank: number, name: string) => ({ rank, name });

describe('podiumPlaces', () => {
  it('puts each of places 1 to 3 on its own step, in rank order', () => {
    const places = podiumPlaces([entry(2, 'b'), entry(1, 'a'), entry(3, 'c'), entry(4, 'd')]);
    expect(places.map((p) => [p.rank, p.entries.map((e) => e.name)])).toEqual([
      [1, ['a']],
      [2, ['b']],
      [3, ['c']],
    ]);
  });

  it('keeps people who share a place together and skips the place after a tie', () => {
    const places = podiumPlaces([entry(1, 'a'), entry(1, 'b'), entry(3, 'c'), entry(3, 'd'), entry(5, 'e')]);
    expect(places.map((p) => [p.rank, p.entries.map((e) => e.name)])).toEqual([
      [1, ['a', 'b']],
      [3, ['c', 'd']],
    ]);
  });

  it('is empty when nobody qualified, and has fewer steps when fewer people did', () => {
    expect(podiumPlaces([])).toEqual([]);
    expect(podiumPlaces([entry(1, 'a')]).map((p) => p.rank)).toEqual([1]);
  });
});

describe('podium layout', () => {
  it('stands second left, first in the middle, third right', () => {
    expect([0, 1, 2].map((i) => podiumColumn(i, 3))).toEqual([1, 0, 2]);
    expect(podiumColumn(0, 1)).toBe(0);
  });

  it('makes the winner the tallest step', () => {
    expect(podiumHeight(1)).toBeGreaterThan(podiumHeight(2));
    expect(podiumHeight(2)).toBeGreaterThan(podiumHeight(3));
  });
});
