import { describe, expect, it } from 'vitest';
import { bestSustained, percentile, Recorder, summarize } from './histogram.ts';
import { burstStartOffsets } from './load-generator.ts';
import { flatten, resultBaseName } from './summary.ts';

describe('percentile (nearest rank)', () => {
  const sorted = Array.from({ length: 100 }, (_v, i) => i + 1); // 1..100

  it('gives the smallest value with at least p % at or below it', () => {
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile(sorted, 0)).toBe(1);
  });

  it('handles tiny and empty inputs', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2], 50)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('Recorder and summarize', () => {
  it('keeps every sample across growth and summarises unsorted input', () => {
    const r = new Recorder();
    for (let i = 2000; i >= 1; i--) r.record(i);
    expect(r.count).toBe(2000);
    const s = summarize(r.toArray());
    expect(s).toMatchObject({
      count: 2000,
      min: 1,
      max: 2000,
      p50: 1000,
      p95: 1900,
      p99: 1980,
      mean: 1000.5,
    });
  });

  it('reports NaN figures for no samples', () => {
    expect(summarize([]).count).toBe(0);
    expect(summarize([]).p99).toBeNaN();
  });
});

describe('bestSustained', () => {
  it('takes the best moving mean over the window, not the best single second', () => {
    expect(bestSustained([0, 10, 100, 10, 10, 50, 50, 50, 0], 3)).toBe(50);
    expect(bestSustained([0, 10, 100, 10, 10, 50, 50, 50, 0], 1)).toBe(100);
  });

  it('uses the whole series when it is shorter than the window', () => {
    expect(bestSustained([10, 20], 30)).toBe(15);
    expect(bestSustained([], 5)).toBe(0);
  });
});

describe('burstStartOffsets', () => {
  it('puts the burst share inside the burst window and the rest in the two windows after', () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const offsets = burstStartOffsets(1000, 120_000, 0.85, random);
    expect(offsets).toHaveLength(1000);
    expect(offsets.filter((o) => o < 120_000)).toHaveLength(850);
    expect(Math.max(...offsets)).toBeLessThan(360_000);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
  });
});

describe('summary helpers', () => {
  it('flattens nested metrics into dotted rows', () => {
    expect(flatten({ a: 1, b: { c: 2.5, d: [1, 2] }, e: [{ f: 'x' }] })).toEqual([
      ['a', '1'],
      ['b.c', '2.5'],
      ['b.d', '1, 2'],
      ['e.0.f', 'x'],
    ]);
  });

  it('names result files by local date, scenario and quick', () => {
    const at = new Date(2026, 10, 23, 9, 5);
    expect(resultBaseName('event-day', at, false)).toBe('2026-11-23-event-day');
    expect(resultBaseName('ceiling', at, true)).toBe('2026-11-23-ceiling-quick');
  });
});
