/**
 * Rasch item calibration by marginal maximum likelihood (Bock–Aitkin EM).
 *
 * Model: P(x = 1 | θ, b) = 1 / (1 + exp(−(θ − b))), abilities θ ~ N(μ, σ²) in the
 * population. Identification: Σb = 0 over the estimated items. Both μ and σ are
 * estimated; after every M-step the difficulties are re-centred and μ shifted by the same
 * amount. That move leaves the likelihood unchanged, and it takes EM off the flat
 * "shift everything" direction where it would otherwise crawl (parameter expansion):
 * about ten times fewer iterations than fixing μ = 0 and centring at the end.
 *
 * The integral over θ uses a fixed grid in standard-deviation units (default 41 points
 * on [−6, 6]) placed at μ + σ·z for the current μ and σ, with normal weights; μ and σ
 * are updated from the posterior moments on that grid. Responses that were not
 * presented are simply absent.
 *
 * Speed: in the Rasch model the posterior of θ depends on a pattern only through its raw
 * score and the set of items presented (the "booklet"). So the data are reduced once to
 * per-booklet score distributions (weighted), which also groups identical patterns; each
 * EM iteration then costs O(Σ_booklets |booklet| · Q) instead of O(answers · Q) per
 * pattern. Per-item observed correct counts are all the M-step needs from the data.
 */
import type { ResponseMatrix } from './response-matrix.ts';

/**
 * estimated: has a difficulty. no_responses: nobody saw it. all_correct / all_wrong:
 * everybody who saw it answered the same, so its difficulty is ±∞ (not estimable).
 */
export type ItemStatus = 'estimated' | 'no_responses' | 'all_correct' | 'all_wrong';

export interface RaschCalibrationOptions {
  /** Stop after this many EM iterations (default 1000). */
  maxIterations?: number;
  /**
   * Converged when no (centred) difficulty, nor μ or σ, moves more than this between
   * iterations (default 1e-5 logit).
   */
  tolerance?: number;
  /** Quadrature points (default 41). */
  quadraturePoints?: number;
  /** The grid spans ±this many population standard deviations (default 6). */
  quadratureRange?: number;
}

export interface RaschCalibration {
  method: 'rasch-mml';
  itemNames: readonly string[];
  /** Centred (mean 0 over estimated items); NaN when the item is not estimated. */
  difficulties: Float64Array;
  /** Standard errors (see `itemStandardErrors` below); NaN when not estimated. */
  standardErrors: Float64Array;
  itemStatus: ItemStatus[];
  /** Weighted number of responses per item. */
  responseCounts: Float64Array;
  /** Weighted number of correct responses per item. */
  correctCounts: Float64Array;
  /** Weighted number of rows with at least one response to an estimated item. */
  persons: number;
  /** Ability distribution on the centred scale. */
  population: { mean: number; sd: number };
  /** Marginal log-likelihood at the estimates (quadrature approximation). */
  logLikelihood: number;
  iterations: number;
  converged: boolean;
}

export const DEFAULT_CALIBRATION_OPTIONS: Required<RaschCalibrationOptions> = {
  maxIterations: 1000,
  tolerance: 1e-5,
  quadraturePoints: 41,
  quadratureRange: 6,
};

/** A point in the parameter space: centred difficulties and the population's μ and σ. */
interface Point {
  b: Float64Array;
  mean: number;
  sigma: number;
}

const MIN_SIGMA = 1e-3;
/** Extrapolate only when successive steps shrink by a steady ratio in this range… */
const JUMP_MIN_RATIO = 0.5;
const JUMP_MAX_RATIO = 0.99;
/** …that changed by less than this since the iteration before. */
const JUMP_RATIO_STABILITY = 0.02;
/** After a rejected jump, plain EM for this many iterations. */
const JUMP_RETRY_AFTER = 5;

/** Data reduced to sufficient statistics: booklets with their weighted score counts. */
interface Booklets {
  count: number;
  /** Booklet k presents items bookletItems[itemOffsets[k] .. itemOffsets[k+1]). */
  itemOffsets: Uint32Array;
  bookletItems: Uint32Array;
  /** Booklet k has score groups groupOffsets[k] .. groupOffsets[k+1]. */
  groupOffsets: Uint32Array;
  groupScores: Float64Array;
  groupWeights: Float64Array;
}

/**
 * Calibrates item difficulties. Items nobody saw, or that everybody answered the same
 * way, are left out (status says why) and their responses ignored. Throws on options
 * that make no sense; never on data.
 */
export function calibrateRasch(
  matrix: ResponseMatrix,
  options: RaschCalibrationOptions = {},
): RaschCalibration {
  const opts = { ...DEFAULT_CALIBRATION_OPTIONS, ...options };
  if (!(opts.quadraturePoints >= 5) || !Number.isInteger(opts.quadraturePoints)) {
    throw new RangeError('quadraturePoints must be an integer >= 5.');
  }
  if (!(opts.quadratureRange > 0) || !(opts.tolerance > 0) || !(opts.maxIterations >= 1)) {
    throw new RangeError('quadratureRange and tolerance must be > 0 and maxIterations >= 1.');
  }
  const itemCount = matrix.itemNames.length;

  // Per-item counts and status.
  const responseCounts = new Float64Array(itemCount);
  const correctCounts = new Float64Array(itemCount);
  for (let r = 0; r < matrix.rowCount; r++) {
    const w = matrix.weights[r]!;
    if (w === 0) continue;
    for (let e = matrix.offsets[r]!; e < matrix.offsets[r + 1]!; e++) {
      const item = matrix.items[e]!;
      responseCounts[item]! += w;
      if (matrix.scores[e] === 1) correctCounts[item]! += w;
    }
  }
  const itemStatus: ItemStatus[] = [];
  const estimated = new Uint8Array(itemCount);
  for (let i = 0; i < itemCount; i++) {
    const n = responseCounts[i]!;
    const c = correctCounts[i]!;
    const status: ItemStatus =
      n === 0 ? 'no_responses' : c === n ? 'all_correct' : c === 0 ? 'all_wrong' : 'estimated';
    itemStatus.push(status);
    if (status === 'estimated') estimated[i] = 1;
  }

  const booklets = reduceToBooklets(matrix, estimated);
  let persons = 0;
  for (let g = 0; g < booklets.groupWeights.length; g++) persons += booklets.groupWeights[g]!;

  const Q = opts.quadraturePoints;
  const z = new Float64Array(Q);
  const logPrior = new Float64Array(Q);
  let norm = 0;
  for (let q = 0; q < Q; q++) {
    z[q] = -opts.quadratureRange + (2 * opts.quadratureRange * q) / (Q - 1);
    norm += Math.exp(-0.5 * z[q]! * z[q]!);
  }
  for (let q = 0; q < Q; q++) logPrior[q] = -0.5 * z[q]! * z[q]! - Math.log(norm);

  // Starting values: logit of the proportion wrong, scaled as in PROX for σ = 1.
  const b = new Float64Array(itemCount).fill(Number.NaN);
  const active: number[] = [];
  for (let i = 0; i < itemCount; i++) {
    if (!estimated[i]) continue;
    active.push(i);
    b[i] = 1.18 * Math.log((responseCounts[i]! - correctCounts[i]!) / correctCounts[i]!);
  }
  let mean = 0;
  let sigma = 1;
  // Start on the centred scale.
  let startShift = 0;
  for (const i of active) startShift += b[i]!;
  startShift = active.length > 0 ? startShift / active.length : 0;
  for (const i of active) b[i] = b[i]! - startShift;
  mean = -startShift;

  const state: EStepState = {
    theta: new Float64Array(Q),
    N: new Float64Array(itemCount * Q),
    T: new Float64Array(Q),
    info: null,
  };
  /** One EM iteration from `p`: the log-likelihood at `p` and the next (centred) point. */
  const emStep = (p: Point): { logLikelihood: number; next: Point } => {
    const logLikelihood = eStep(booklets, p.b, p.mean, p.sigma, z, logPrior, correctCounts, state);
    const next = new Float64Array(p.b);
    for (const i of active) next[i] = solveItem(state.N, i * Q, state.theta, correctCounts[i]!, p.b[i]!);
    let mass = 0;
    let first = 0;
    for (let q = 0; q < Q; q++) {
      mass += state.T[q]!;
      first += state.T[q]! * state.theta[q]!;
    }
    let nextMean = mass > 0 ? first / mass : p.mean;
    let second = 0;
    for (let q = 0; q < Q; q++) second += state.T[q]! * (state.theta[q]! - nextMean) ** 2;
    const nextSigma = mass > 0 ? Math.max(Math.sqrt(second / mass), MIN_SIGMA) : p.sigma;
    // The likelihood is unchanged by moving all difficulties and the mean together, so
    // re-centring every iteration is free and keeps EM off that flat direction (which
    // otherwise converges very slowly).
    let shift = 0;
    for (const i of active) shift += next[i]!;
    shift /= active.length;
    nextMean -= shift;
    for (const i of active) next[i] = next[i]! - shift;
    return { logLikelihood, next: { b: next, mean: nextMean, sigma: nextSigma } };
  };
  /** The largest move of any centred difficulty, μ or σ between two points. */
  const distance = (p: Point, r: Point): number => {
    let change = Math.max(Math.abs(p.mean - r.mean), Math.abs(p.sigma - r.sigma));
    for (const i of active) change = Math.max(change, Math.abs(p.b[i]! - r.b[i]!));
    return change;
  };

  let current: Point = { b, mean, sigma };
  let iterations = 0;
  let converged = active.length === 0;
  let previousChange = Number.NaN;
  let previousRatio = Number.NaN;
  let noJumpBefore = 0;
  while (!converged && iterations < opts.maxIterations) {
    iterations++;
    const step = emStep(current);
    const change = distance(step.next, current);
    if (change < opts.tolerance) {
      current = step.next;
      converged = true;
      break;
    }
    // Acceleration. Where EM has settled into one slow direction (here typically the
    // relative position of question pools that share no respondents' rows, such as
    // practice and event-day questions), each step is about `ratio` times the one
    // before, and the rest of the way is the step times ratio / (1 − ratio). So we try
    // the point that much further along, and keep it only when it is at least as likely
    // as the current point: like plain EM, the likelihood then never decreases. Such an
    // iteration costs two E-steps; on the benchmark's 100,000 people it halved the
    // E-steps (docs/psychometrics.md).
    const ratio = change / previousChange;
    if (
      iterations >= noJumpBefore &&
      ratio > JUMP_MIN_RATIO &&
      ratio < JUMP_MAX_RATIO &&
      Math.abs(ratio - previousRatio) < JUMP_RATIO_STABILITY
    ) {
      const factor = 1 / (1 - ratio);
      const jump: Point = {
        b: new Float64Array(current.b),
        mean: current.mean + factor * (step.next.mean - current.mean),
        sigma: Math.max(current.sigma + factor * (step.next.sigma - current.sigma), MIN_SIGMA),
      };
      for (const i of active) jump.b[i] = current.b[i]! + factor * (step.next.b[i]! - current.b[i]!);
      const tried = emStep(jump);
      if (tried.logLikelihood >= step.logLikelihood) {
        // Ratios measured before the jump say nothing about the steps after it.
        previousChange = Number.NaN;
        previousRatio = Number.NaN;
        current = tried.next;
        continue;
      }
      noJumpBefore = iterations + JUMP_RETRY_AFTER;
    }
    previousRatio = ratio;
    previousChange = change;
    current = step.next;
  }
  b.set(current.b);
  mean = current.mean;
  sigma = current.sigma;

  // Final E-step at the estimates: log-likelihood and information for the standard errors.
  state.info = new Float64Array(itemCount);
  const logLikelihood = eStep(booklets, b, mean, sigma, z, logPrior, correctCounts, state);
  const standardErrors = itemStandardErrors(state, b, active, Q);

  return {
    method: 'rasch-mml',
    itemNames: matrix.itemNames,
    difficulties: b,
    standardErrors,
    itemStatus,
    responseCounts,
    correctCounts,
    persons,
    population: { mean, sd: sigma },
    logLikelihood,
    iterations,
    converged,
  };
}

/**
 * Groups rows by booklet (set of estimated items presented) and raw score on those
 * items. Rows with no responses to estimated items or weight 0 are dropped.
 */
function reduceToBooklets(matrix: ResponseMatrix, estimated: Uint8Array): Booklets {
  const itemCount = matrix.itemNames.length;
  const keyToBooklet = new Map<string, number>();
  const itemOffsets: number[] = [0];
  const bookletItemsList: number[] = [];
  // Weighted counts per (booklet, score); key = booklet * (itemCount + 1) + score.
  const groupWeight = new Map<number, number>();
  const rowItems: number[] = [];
  for (let r = 0; r < matrix.rowCount; r++) {
    const w = matrix.weights[r]!;
    if (w === 0) continue;
    rowItems.length = 0;
    let score = 0;
    for (let e = matrix.offsets[r]!; e < matrix.offsets[r + 1]!; e++) {
      const item = matrix.items[e]!;
      if (!estimated[item]) continue;
      rowItems.push(item);
      score += matrix.scores[e]!;
    }
    if (rowItems.length === 0) continue;
    const key = rowItems.join(',');
    let booklet = keyToBooklet.get(key);
    if (booklet === undefined) {
      booklet = keyToBooklet.size;
      keyToBooklet.set(key, booklet);
      for (const item of rowItems) bookletItemsList.push(item);
      itemOffsets.push(bookletItemsList.length);
    }
    const groupKey = booklet * (itemCount + 1) + score;
    groupWeight.set(groupKey, (groupWeight.get(groupKey) ?? 0) + w);
  }
  const count = keyToBooklet.size;

  // Counting sort of the groups by booklet.
  const groupOffsets = new Uint32Array(count + 1);
  for (const key of groupWeight.keys()) groupOffsets[Math.floor(key / (itemCount + 1)) + 1]!++;
  for (let k = 0; k < count; k++) groupOffsets[k + 1]! += groupOffsets[k]!;
  const fill = groupOffsets.slice(0, count);
  const groupScores = new Float64Array(groupWeight.size);
  const groupWeights = new Float64Array(groupWeight.size);
  for (const [key, w] of groupWeight) {
    const booklet = Math.floor(key / (itemCount + 1));
    const slot = fill[booklet]!++;
    groupScores[slot] = key - booklet * (itemCount + 1);
    groupWeights[slot] = w;
  }
  return {
    count,
    itemOffsets: Uint32Array.from(itemOffsets),
    bookletItems: Uint32Array.from(bookletItemsList),
    groupOffsets,
    groupScores,
    groupWeights,
  };
}

interface EStepState {
  /** Current ability grid σ·z. */
  theta: Float64Array;
  /** Expected number of people presented with item i at node q: N[i * Q + q]. */
  N: Float64Array;
  /** Expected number of people at node q. */
  T: Float64Array;
  /** When set, receives Σ_groups n · (E_post[P_i])² per item (for the observed information). */
  info: Float64Array | null;
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Expectation step; returns the marginal log-likelihood at (b, σ). */
function eStep(
  data: Booklets,
  b: Float64Array,
  mean: number,
  sigma: number,
  z: Float64Array,
  logPrior: Float64Array,
  correctCounts: Float64Array,
  state: EStepState,
): number {
  const Q = z.length;
  const itemCount = b.length;
  const { theta, N, T, info } = state;
  for (let q = 0; q < Q; q++) theta[q] = mean + sigma * z[q]!;
  // log(1 + exp(θ_q − b_i)) per item and node; P only when the information is wanted.
  const logDenominator = new Float64Array(itemCount * Q);
  const P = info ? new Float64Array(itemCount * Q) : null;
  for (let i = 0; i < itemCount; i++) {
    const bi = b[i]!;
    if (Number.isNaN(bi)) continue;
    for (let q = 0; q < Q; q++) {
      logDenominator[i * Q + q] = softplus(theta[q]! - bi);
      if (P) P[i * Q + q] = 1 / (1 + Math.exp(bi - theta[q]!));
    }
  }
  N.fill(0);
  T.fill(0);
  info?.fill(0);
  const den = new Float64Array(Q);
  const post = new Float64Array(Q);
  const mass = new Float64Array(Q);
  let logLikelihood = 0;
  for (let k = 0; k < data.count; k++) {
    const itemStart = data.itemOffsets[k]!;
    const itemEnd = data.itemOffsets[k + 1]!;
    den.fill(0);
    for (let e = itemStart; e < itemEnd; e++) {
      const base = data.bookletItems[e]! * Q;
      for (let q = 0; q < Q; q++) den[q]! += logDenominator[base + q]!;
    }
    mass.fill(0);
    for (let g = data.groupOffsets[k]!; g < data.groupOffsets[k + 1]!; g++) {
      const score = data.groupScores[g]!;
      const weight = data.groupWeights[g]!;
      let max = Number.NEGATIVE_INFINITY;
      for (let q = 0; q < Q; q++) {
        const v = logPrior[q]! + score * theta[q]! - den[q]!;
        post[q] = v;
        if (v > max) max = v;
      }
      let sum = 0;
      for (let q = 0; q < Q; q++) {
        const v = Math.exp(post[q]! - max);
        post[q] = v;
        sum += v;
      }
      logLikelihood += weight * (max + Math.log(sum));
      const scale = 1 / sum;
      for (let q = 0; q < Q; q++) {
        post[q]! *= scale;
        mass[q]! += weight * post[q]!;
      }
      if (info && P) {
        for (let e = itemStart; e < itemEnd; e++) {
          const item = data.bookletItems[e]!;
          const base = item * Q;
          let m = 0;
          for (let q = 0; q < Q; q++) m += post[q]! * P[base + q]!;
          info[item]! += weight * m * m;
        }
      }
    }
    for (let e = itemStart; e < itemEnd; e++) {
      const base = data.bookletItems[e]! * Q;
      for (let q = 0; q < Q; q++) N[base + q]! += mass[q]!;
    }
    for (let q = 0; q < Q; q++) T[q]! += mass[q]!;
  }
  for (let i = 0; i < itemCount; i++) {
    if (!Number.isNaN(b[i]!)) logLikelihood -= correctCounts[i]! * b[i]!;
  }
  return logLikelihood;
}

/**
 * M-step for one item: solves Σ_q N_iq · P(θ_q − b) = (observed correct count) by
 * Newton's method. The left side falls monotonically in b and the item is not extreme,
 * so a root exists; steps are capped at 1 logit.
 */
function solveItem(
  N: Float64Array,
  base: number,
  theta: Float64Array,
  correct: number,
  start: number,
): number {
  let b = start;
  for (let iteration = 0; iteration < 50; iteration++) {
    let expected = 0;
    let slope = 0;
    for (let q = 0; q < theta.length; q++) {
      const n = N[base + q]!;
      const p = 1 / (1 + Math.exp(b - theta[q]!));
      expected += n * p;
      slope += n * p * (1 - p);
    }
    if (slope <= 0) break;
    const step = Math.max(-1, Math.min(1, (expected - correct) / slope));
    b += step;
    if (Math.abs(step) < 1e-10) break;
  }
  return b;
}

/**
 * Standard errors from the diagonal of the observed information (Louis' formula):
 * I_ii = Σ_persons ( E_post[P_i Q_i] − Var_post(P_i) ), i.e. the information about b_i
 * with the other difficulties and σ held at their estimates. Off-diagonal terms (mostly
 * a shared shift of all difficulties, which centring removes) are ignored, like the
 * "quick" standard errors of ConQuest and TAM. The variance of the centred difficulty
 * b_i − mean(b) then follows as if the estimates were independent:
 * v_i (1 − 2/K) + Σ_j v_j / K². psychometrics.md shows how close this comes to the
 * spread of estimates over simulated replications.
 */
function itemStandardErrors(
  state: EStepState,
  b: Float64Array,
  active: readonly number[],
  Q: number,
): Float64Array {
  const se = new Float64Array(b.length).fill(Number.NaN);
  const info = state.info!;
  for (const i of active) {
    // Σ_q N_iq P(1 − 2P) = Σ_p (E[P] − 2E[P²]); adding Σ_p E[P]² gives Σ_p (E[PQ] − Var P).
    let sum = info[i]!;
    for (let q = 0; q < Q; q++) {
      const p = 1 / (1 + Math.exp(b[i]! - state.theta[q]!));
      sum += state.N[i * Q + q]! * p * (1 - 2 * p);
    }
    se[i] = sum > 0 ? 1 / sum : Number.NaN; // variance for now
  }
  // Variance of a centred difficulty b_i − mean(b), treating the estimates as independent.
  const K = active.length;
  let total = 0;
  for (const i of active) total += se[i]!;
  for (const i of active) {
    const variance = K > 1 ? se[i]! * (1 - 2 / K) + total / (K * K) : se[i]!;
    se[i] = Math.sqrt(variance);
  }
  return se;
}
