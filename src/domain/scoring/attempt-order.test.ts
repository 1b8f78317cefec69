import { describe, expect, it } from 'vitest';
import { mulberry32, shuffle } from '../random.ts';
import { buildAttemptOrder, type OrderableQuestion } from './attempt-order.ts';

function makeQuestions(sizes: Record<string, number>): OrderableQuestion[] {
  return Object.entries(sizes).flatMap(([themeKey, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${themeKey}-${i}`, themeKey })),
  );
}

const consecutiveSameTheme = (order: OrderableQuestion[]) =>
  order.slice(1).filter((q, i) => q.themeKey === order[i]!.themeKey).length;

describe('buildAttemptOrder', () => {
  const equal = makeQuestions({ a: 6, b: 6, c: 6, d: 6, e: 6 });

  it('serves every question exactly once', () => {
    const order = buildAttemptOrder(equal, 1);
    expect(order).toHaveLength(30);
    expect(new Set(order.map((q) => q.id)).size).toBe(30);
  });

  it('never serves the same theme twice in a row when themes are equally sized', () => {
    for (let seed = 0; seed < 300; seed++) {
      expect(consecutiveSameTheme(buildAttemptOrder(equal, seed))).toBe(0);
    }
    const two = makeQuestions({ x: 5, y: 5 });
    for (let seed = 0; seed < 100; seed++) expect(consecutiveSameTheme(buildAttemptOrder(two, seed))).toBe(0);
  });

  it('keeps every prefix balanced: theme counts differ by at most one', () => {
    const order = buildAttemptOrder(equal, 77);
    const counts = new Map<string, number>();
    for (const q of order) {
      counts.set(q.themeKey, (counts.get(q.themeKey) ?? 0) + 1);
      const values = [...counts.values()];
      expect(Math.max(...values) - (counts.size < 5 ? 0 : Math.min(...values))).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic for a seed, regardless of input order', () => {
    const a = buildAttemptOrder(equal, 2026);
    const b = buildAttemptOrder(shuffle(equal, mulberry32(5)), 2026);
    expect(b.map((q) => q.id)).toEqual(a.map((q) => q.id));
  });

  it('differs between seeds', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        buildAttemptOrder(equal, seed)
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(orders.size).toBe(20);
  });

  it('spreads unequal themes and only clusters the leftovers of the largest theme', () => {
    const unequal = makeQuestions({ a: 2, b: 2, c: 5 });
    const order = buildAttemptOrder(unequal, 9);
    expect(order).toHaveLength(9);
    // Rounds: 3 themes, 3 themes, then c, c, c.
    expect(order.slice(0, 6).filter((q) => q.themeKey === 'c')).toHaveLength(2);
    expect(order.slice(6).map((q) => q.themeKey)).toEqual(['c', 'c', 'c']);
  });

  it("keeps the caller's objects and handles an empty list", () => {
    const withExtra = [{ id: 'q1', themeKey: 't', difficulty: 'easy' }];
    expect(buildAttemptOrder(withExtra, 1)[0]).toBe(withExtra[0]);
    expect(buildAttemptOrder([], 1)).toEqual([]);
  });
});
