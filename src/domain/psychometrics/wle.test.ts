import { describe, expect, it } from 'vitest';
import { mulberry32, shuffle } from '../random.ts';
import { createResponseMatrix } from './response-matrix.ts';
import { normalSample, simulateAnswers } from './simulate.ts';
import { estimateAbilities, estimateAbility } from './wle.ts';

describe('estimateAbility (Warm WLE)', () => {
  it('gives b ± ln 3 for a single item answered right or wrong (closed form)', () => {
    const right = estimateAbility([0.7], [0], [1])!;
    const wrong = estimateAbility([0.7], [0], [0])!;
    expect(right.theta).toBeCloseTo(0.7 + Math.log(3), 9);
    expect(wrong.theta).toBeCloseTo(0.7 - Math.log(3), 9);
    // SE = 1/√(PQ) with P = 3/4.
    expect(right.se).toBeCloseTo(1 / Math.sqrt(0.75 * 0.25), 9);
  });

  it('is finite for all-right and all-wrong patterns and increases with the raw score', () => {
    const difficulties = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5];
    const items = Array.from(difficulties, (_, i) => i);
    const thetas: number[] = [];
    for (let score = 0; score <= 10; score++) {
      const estimate = estimateAbility(
        difficulties,
        items,
        items.map((i) => (i < score ? 1 : 0)),
      )!;
      expect(Number.isFinite(estimate.theta)).toBe(true);
      expect(Number.isFinite(estimate.se)).toBe(true);
      expect(estimate).toMatchObject({ responses: 10, score });
      thetas.push(estimate.theta);
    }
    for (let k = 1; k < thetas.length; k++) expect(thetas[k]!).toBeGreaterThan(thetas[k - 1]!);
    expect(thetas[0]).toBeGreaterThan(-6);
    expect(thetas[10]).toBeLessThan(7);
  });

  it('stays finite for extreme difficulties far in the tails', () => {
    const difficulties = [-40, -35, 30, 45];
    const all = estimateAbility(difficulties, [0, 1, 2, 3], [1, 1, 1, 1])!;
    const none = estimateAbility(difficulties, [0, 1, 2, 3], [0, 0, 0, 0])!;
    expect(Number.isFinite(all.theta) && Number.isFinite(none.theta)).toBe(true);
    expect(all.theta).toBeGreaterThan(45);
    expect(none.theta).toBeLessThan(-40);
  });

  it('comes close to the true ability on long tests, within its standard error', () => {
    const random = mulberry32(2024);
    const difficulties = normalSample(random, 120, 0, 1.2);
    const items = Array.from(difficulties, (_, i) => i);
    const truths = [-2, -1, 0, 0.5, 1.5, 2.5];
    let squared = 0;
    let count = 0;
    for (const truth of truths) {
      for (let rep = 0; rep < 20; rep++) {
        const { scores } = simulateAnswers(truth, difficulties, items, random);
        const estimate = estimateAbility(difficulties, items, scores)!;
        expect(Math.abs(estimate.theta - truth)).toBeLessThan(4 * estimate.se);
        squared += (estimate.theta - truth) ** 2;
        count++;
      }
    }
    // With 120 items the SE is about 0.2; the root mean squared error should match it.
    const rmse = Math.sqrt(squared / count);
    expect(rmse).toBeLessThan(0.3);
    expect(rmse).toBeGreaterThan(0.1);
  });

  it('returns null without usable responses and ignores items without a difficulty', () => {
    expect(estimateAbility([0, 1], [], [])).toBeNull();
    expect(estimateAbility([Number.NaN], [0], [1])).toBeNull();
    const withUnknown = estimateAbility([0.7, Number.NaN], [0, 1], [1, 0])!;
    expect(withUnknown).toMatchObject({ responses: 1, score: 1 });
    expect(withUnknown.theta).toBeCloseTo(0.7 + Math.log(3), 9);
  });

  it('does not depend on the order of the answers', () => {
    const random = mulberry32(8);
    const difficulties = normalSample(random, 30);
    const items = Array.from(difficulties, (_, i) => i);
    const { scores } = simulateAnswers(0.4, difficulties, items, random);
    const order = shuffle(items, random);
    const a = estimateAbility(difficulties, items, scores)!;
    const b = estimateAbility(
      difficulties,
      order,
      order.map((i) => scores[i]!),
    )!;
    expect(b.theta).toBe(a.theta);
    expect(b.se).toBe(a.se);
  });
});

describe('estimateAbilities', () => {
  it('matches the one-person estimate for every row, null for empty rows', () => {
    const difficulties = [-1, 0, 1];
    const rows = [
      { items: [0, 1, 2], scores: [1, 0, 1] },
      { items: [], scores: [] },
      { items: [2, 0], scores: [0, 1] },
      { items: [0, 1, 2], scores: [1, 0, 1] },
    ];
    const estimates = estimateAbilities(createResponseMatrix(['A', 'B', 'C'], rows), difficulties);
    expect(estimates[1]).toBeNull();
    for (const r of [0, 2, 3]) {
      expect(estimates[r]).toEqual(estimateAbility(difficulties, rows[r]!.items, rows[r]!.scores));
    }
  });
});
