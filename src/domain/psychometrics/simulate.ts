/**
 * Simulated Rasch data from known parameters, for validation tests and benchmarks.
 * Reproducible: all randomness comes from the seeded generator passed in.
 */
import type { Random } from '../random.ts';
import { type ResponseList, type ResponseMatrix, ResponseMatrixBuilder } from './response-matrix.ts';

/** n draws from N(mean, sd²) (Box–Muller). */
export function normalSample(random: Random, n: number, mean = 0, sd = 1): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k += 2) {
    const u = 1 - random(); // (0, 1], so the log is finite
    const v = random();
    const radius = Math.sqrt(-2 * Math.log(u));
    out[k] = mean + sd * radius * Math.cos(2 * Math.PI * v);
    if (k + 1 < n) out[k + 1] = mean + sd * radius * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** Rasch answers of one person with ability `theta` to the listed items. */
export function simulateAnswers(
  theta: number,
  difficulties: ArrayLike<number>,
  items: ArrayLike<number>,
  random: Random,
): ResponseList {
  const scores = new Uint8Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const p = 1 / (1 + Math.exp(difficulties[items[k]!]! - theta));
    scores[k] = random() < p ? 1 : 0;
  }
  return { items: Uint32Array.from(items), scores };
}

export interface RaschSimulation {
  difficulties: ArrayLike<number>;
  abilities: ArrayLike<number>;
  /** Each item is left out (not presented) with this probability, independently (default 0). */
  missingRate?: number;
  /** How many items each person sees, drawn at random from the pool (overrides missingRate). */
  itemsPerPerson?: number;
  random: Random;
}

/** A response matrix with one row per ability; item names are Q1, Q2, … */
export function simulateRaschMatrix(spec: RaschSimulation): ResponseMatrix {
  const { difficulties, abilities, random } = spec;
  const itemCount = difficulties.length;
  const names = Array.from({ length: itemCount }, (_, i) => `Q${i + 1}`);
  const perPerson = spec.itemsPerPerson ?? itemCount;
  const builder = new ResponseMatrixBuilder(names, abilities.length * perPerson);
  const pool = Uint32Array.from({ length: itemCount }, (_, i) => i);
  const chosen: number[] = [];
  for (let p = 0; p < abilities.length; p++) {
    chosen.length = 0;
    if (spec.itemsPerPerson !== undefined) {
      // Partial Fisher–Yates: the first `perPerson` entries become a random subset.
      for (let k = 0; k < perPerson; k++) {
        const j = k + Math.floor(random() * (itemCount - k));
        const tmp = pool[k]!;
        pool[k] = pool[j]!;
        pool[j] = tmp;
        chosen.push(pool[k]!);
      }
    } else {
      const missing = spec.missingRate ?? 0;
      for (let i = 0; i < itemCount; i++) if (missing === 0 || random() >= missing) chosen.push(i);
    }
    builder.addRow(simulateAnswers(abilities[p]!, difficulties, chosen, random));
  }
  return builder.build();
}

/** Root mean squared difference between two equally long lists. */
export function rootMeanSquaredError(estimates: ArrayLike<number>, truth: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < truth.length; k++) sum += (estimates[k]! - truth[k]!) ** 2;
  return Math.sqrt(sum / truth.length);
}

/** A copy centred to mean 0. */
export function centred(values: ArrayLike<number>): Float64Array {
  let mean = 0;
  for (let k = 0; k < values.length; k++) mean += values[k]!;
  mean /= values.length;
  return Float64Array.from(values, (v) => v - mean);
}
