/**
 * Person ability by Warm's weighted likelihood estimator (WLE) for the Rasch model,
 * with item difficulties taken as known.
 *
 * The WLE maximises L(θ) · √I(θ); its estimating equation is
 *   g(θ) = r − Σ P_i(θ) + I′(θ) / (2 I(θ)) = 0,
 * with I = Σ P_i Q_i and I′ = Σ P_i Q_i (Q_i − P_i). As θ → +∞, g → −½ and as θ → −∞,
 * g → r + ½, so there is a finite root for every pattern, all right and all wrong
 * included (one item answered right: θ = b + ln 3). Warm's correction also removes the
 * first-order bias of the maximum likelihood estimate.
 */
import { type ResponseMatrix, rowResponses } from './response-matrix.ts';

export interface AbilityEstimate {
  theta: number;
  /** 1 / √I(θ̂), the test information at the estimate. */
  se: number;
  /** Responses that entered the estimate (items with a known difficulty). */
  responses: number;
  /** Raw score on those responses. */
  score: number;
}

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-9;

/**
 * WLE of one person. `difficulties[item]` NaN means the item has no difficulty; such
 * responses are ignored. Returns null when no response is left.
 */
export function estimateAbility(
  difficulties: ArrayLike<number>,
  items: ArrayLike<number>,
  scores: ArrayLike<number>,
): AbilityEstimate | null {
  // Collect the difficulties once; sorting them makes the sums independent of answer order.
  const used: number[] = [];
  let score = 0;
  for (let k = 0; k < items.length; k++) {
    const b = difficulties[items[k]!];
    if (b === undefined || Number.isNaN(b)) continue;
    used.push(b);
    score += scores[k]!;
  }
  if (used.length === 0) return null;
  used.sort((a, b) => a - b);
  const d = Float64Array.from(used);
  const theta = solveWle(d, score);
  return { theta, se: 1 / Math.sqrt(information(d, theta)), responses: d.length, score };
}

/**
 * WLE for every row of a matrix (one entry per row, null for rows without usable
 * responses). Rows with the same items and raw score share one computation.
 */
export function estimateAbilities(
  matrix: ResponseMatrix,
  difficulties: ArrayLike<number>,
): (AbilityEstimate | null)[] {
  const cache = new Map<string, AbilityEstimate | null>();
  const out: (AbilityEstimate | null)[] = [];
  for (let r = 0; r < matrix.rowCount; r++) {
    const { items, scores } = rowResponses(matrix, r);
    let score = 0;
    for (let k = 0; k < scores.length; k++) score += scores[k]!;
    // Rows are stored sorted by item, so this key identifies (booklet, score).
    const key = `${score}|${items.join(',')}`;
    let estimate = cache.get(key);
    if (estimate === undefined) {
      estimate = estimateAbility(difficulties, items, scores);
      cache.set(key, estimate);
    }
    out.push(estimate);
  }
  return out;
}

/** g(θ) and g′(θ) of the WLE equation. */
function wleEquation(d: Float64Array, score: number, theta: number): { g: number; slope: number } {
  let sumP = 0;
  let info = 0;
  let info1 = 0; // I′
  let info2 = 0; // I″
  for (let k = 0; k < d.length; k++) {
    // P and Q separately so neither loses precision in the tails.
    const e = Math.exp(theta - d[k]!);
    const p = e === Number.POSITIVE_INFINITY ? 1 : e / (1 + e);
    const q = 1 / (1 + e);
    const pq = p * q;
    sumP += p;
    info += pq;
    info1 += pq * (q - p);
    info2 += pq * (1 - 6 * pq);
  }
  if (info === 0) {
    // Beyond double precision in the tails: the limits of g.
    return { g: theta > d[0]! ? -0.5 : score + 0.5, slope: -1 };
  }
  const g = score - sumP + info1 / (2 * info);
  const slope = -info + (info2 * info - info1 * info1) / (2 * info * info);
  return { g, slope };
}

function information(d: Float64Array, theta: number): number {
  let info = 0;
  for (let k = 0; k < d.length; k++) {
    const e = Math.exp(theta - d[k]!);
    info += e === Number.POSITIVE_INFINITY ? 0 : e / ((1 + e) * (1 + e));
  }
  return info;
}

/**
 * Newton–Raphson inside a bracket [lo, hi] with g(lo) > 0 > g(hi); a step that leaves
 * the bracket, or a non-negative slope, falls back to bisection.
 */
function solveWle(d: Float64Array, score: number): number {
  const n = d.length;
  let mean = 0;
  for (let k = 0; k < n; k++) mean += d[k]!;
  mean /= n;
  let theta = mean + Math.log((score + 0.5) / (n - score + 0.5));

  let lo = theta - 1;
  let hi = theta + 1;
  for (let width = 1; wleEquation(d, score, lo).g <= 0 && width < 1e6; width *= 2) lo -= width;
  for (let width = 1; wleEquation(d, score, hi).g >= 0 && width < 1e6; width *= 2) hi += width;

  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const { g, slope } = wleEquation(d, score, theta);
    if (g === 0) return theta;
    if (g > 0) lo = theta;
    else hi = theta;
    let next = slope < 0 ? theta - g / slope : Number.NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - theta) < TOLERANCE || hi - lo < TOLERANCE) return next;
    theta = next;
  }
  return theta;
}
