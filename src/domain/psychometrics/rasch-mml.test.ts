import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.ts';
import { calibrateRasch } from './rasch-mml.ts';
import { createResponseMatrix, type ResponseList } from './response-matrix.ts';
import { centred, normalSample, rootMeanSquaredError, simulateRaschMatrix } from './simulate.ts';

describe('calibrateRasch (MML, Bock–Aitkin EM)', () => {
  it('recovers 40 known difficulties from 2,000 people (RMSE < 0.1 logit)', () => {
    const random = mulberry32(20260101);
    const difficulties = centred(normalSample(random, 40, 0, 1));
    const abilities = normalSample(random, 2000, 0.5, 1.2);
    const matrix = simulateRaschMatrix({ difficulties, abilities, random });

    const result = calibrateRasch(matrix);

    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(1);
    expect(result.persons).toBe(2000);
    expect(rootMeanSquaredError(result.difficulties, difficulties)).toBeLessThan(0.1);
    const mean = result.difficulties.reduce((sum, b) => sum + b, 0) / 40;
    expect(Math.abs(mean)).toBeLessThan(1e-12);
    // The population is on the same (centred) scale as the difficulties.
    expect(result.population.mean).toBeCloseTo(0.5, 0);
    expect(Math.abs(result.population.sd - 1.2)).toBeLessThan(0.1);
    expect(result.itemStatus.every((s) => s === 'estimated')).toBe(true);
  });

  it('recovers difficulties with ~30% of the answers missing at random', () => {
    const random = mulberry32(7);
    const difficulties = centred(normalSample(random, 40, 0, 1));
    const abilities = normalSample(random, 2000, 0, 1);
    const matrix = simulateRaschMatrix({ difficulties, abilities, random, missingRate: 0.3 });
    expect(matrix.items.length / (2000 * 40)).toBeCloseTo(0.7, 1);

    const result = calibrateRasch(matrix);

    expect(result.converged).toBe(true);
    expect(rootMeanSquaredError(result.difficulties, difficulties)).toBeLessThan(0.1);
  });

  it('recovers difficulties when everyone gets a different random subset of a larger pool', () => {
    const random = mulberry32(11);
    const difficulties = centred(normalSample(random, 60, 0, 1));
    const abilities = normalSample(random, 3000, 0, 1);
    const matrix = simulateRaschMatrix({ difficulties, abilities, random, itemsPerPerson: 20 });

    const result = calibrateRasch(matrix);

    expect(rootMeanSquaredError(result.difficulties, difficulties)).toBeLessThan(0.1);
  });

  it('gives standard errors that match the spread of estimates over replications', () => {
    const random = mulberry32(3);
    const difficulties = centred([-1.5, -0.75, 0, 0.75, 1.5, -0.3, 0.3, 1]);
    const replications = 150;
    const estimates = Array.from(difficulties, () => [] as number[]);
    const errors = Array.from(difficulties, () => [] as number[]);
    for (let r = 0; r < replications; r++) {
      const abilities = normalSample(random, 300, 0, 1);
      const result = calibrateRasch(simulateRaschMatrix({ difficulties, abilities, random }));
      result.difficulties.forEach((b, i) => {
        estimates[i]!.push(b);
        errors[i]!.push(result.standardErrors[i]!);
      });
    }
    let ratioSum = 0;
    difficulties.forEach((_, i) => {
      const values = estimates[i]!;
      const mean = values.reduce((s, v) => s + v, 0) / replications;
      const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (replications - 1));
      const se = errors[i]!.reduce((s, v) => s + v, 0) / replications;
      ratioSum += se / sd;
    });
    const meanRatio = ratioSum / difficulties.length;
    expect(meanRatio).toBeGreaterThan(0.85);
    expect(meanRatio).toBeLessThan(1.15);
  });

  it('gives the same answer for a Freq-weighted pattern as for duplicated rows', () => {
    const random = mulberry32(99);
    const difficulties = [-1, -0.2, 0.4, 1.1];
    const patterns: ResponseList[] = [];
    const weights: number[] = [];
    for (let p = 0; p < 40; p++) {
      const items = [0, 1, 2, 3].filter(() => random() > 0.15);
      const theta = random() * 3 - 1.5;
      patterns.push({
        items,
        scores: items.map((i) => (random() < 1 / (1 + Math.exp(difficulties[i]! - theta)) ? 1 : 0)),
      });
      weights.push(1 + Math.floor(random() * 4));
    }
    const weighted = calibrateRasch(createResponseMatrix(['A', 'B', 'C', 'D'], patterns, weights));
    const duplicated = calibrateRasch(
      createResponseMatrix(
        ['A', 'B', 'C', 'D'],
        patterns.flatMap((pattern, p) => Array.from({ length: weights[p]! }, () => pattern)),
      ),
    );

    expect(weighted.persons).toBe(duplicated.persons);
    expect(weighted.iterations).toBe(duplicated.iterations);
    for (let i = 0; i < 4; i++) {
      expect(weighted.difficulties[i]).toBeCloseTo(duplicated.difficulties[i]!, 10);
      expect(weighted.standardErrors[i]).toBeCloseTo(duplicated.standardErrors[i]!, 10);
      expect(weighted.responseCounts[i]).toBe(duplicated.responseCounts[i]);
    }
    expect(weighted.logLikelihood).toBeCloseTo(duplicated.logLikelihood, 8);
  });

  it('leaves out items nobody saw or everybody answered alike, and centres over the rest', () => {
    const random = mulberry32(5);
    const difficulties = [-1, 0, 1, 0.5, 99, -99];
    const rows: ResponseList[] = [];
    for (let p = 0; p < 500; p++) {
      const theta = normalSample(random, 1)[0]!;
      // Items 0–3 normal; 4 always wrong; 5 always right; 6 never presented.
      const items = [0, 1, 2, 3, 4, 5];
      rows.push({
        items,
        scores: items.map((i) => (random() < 1 / (1 + Math.exp(difficulties[i]! - theta)) ? 1 : 0)),
      });
    }
    const result = calibrateRasch(createResponseMatrix(['A', 'B', 'C', 'D', 'E', 'F', 'G'], rows));

    expect(result.itemStatus).toEqual([
      'estimated',
      'estimated',
      'estimated',
      'estimated',
      'all_wrong',
      'all_correct',
      'no_responses',
    ]);
    for (const i of [4, 5, 6]) {
      expect(result.difficulties[i]).toBeNaN();
      expect(result.standardErrors[i]).toBeNaN();
    }
    expect(result.responseCounts[6]).toBe(0);
    expect(result.correctCounts[5]).toBe(500);
    const estimated = Array.from(result.difficulties.subarray(0, 4));
    expect(estimated.reduce((s, b) => s + b, 0)).toBeCloseTo(0, 10);
    expect(rootMeanSquaredError(estimated, centred([-1, 0, 1, 0.5]))).toBeLessThan(0.2);
  });

  it('never lowers the marginal likelihood from one EM iteration to the next', () => {
    const random = mulberry32(17);
    const difficulties = centred(normalSample(random, 15, 0, 1));
    const matrix = simulateRaschMatrix({
      difficulties,
      abilities: normalSample(random, 600, 1, 1.5),
      random,
      missingRate: 0.3,
    });
    let previous = Number.NEGATIVE_INFINITY;
    for (let k = 1; k <= 10; k++) {
      const { logLikelihood } = calibrateRasch(matrix, { maxIterations: k });
      expect(logLikelihood).toBeGreaterThanOrEqual(previous - 1e-9);
      previous = logLikelihood;
    }
  });

  it('reports when it stops before converging', () => {
    const random = mulberry32(1);
    const matrix = simulateRaschMatrix({
      difficulties: [-1, 0, 1],
      abilities: normalSample(random, 200),
      random,
    });
    const result = calibrateRasch(matrix, { maxIterations: 1 });
    expect(result).toMatchObject({ iterations: 1, converged: false });
    expect(() => calibrateRasch(matrix, { quadraturePoints: 2 })).toThrow(RangeError);
  });

  it('handles a matrix without any usable item', () => {
    const result = calibrateRasch(createResponseMatrix(['A'], [{ items: [], scores: [] }]));
    expect(result).toMatchObject({ iterations: 0, converged: true, persons: 0 });
    expect(result.itemStatus).toEqual(['no_responses']);
  });
});
