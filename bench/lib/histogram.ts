/**
 * Latency recording for the load generator (pure: no clock, no I/O). Every sample is kept
 * (a growable Float64Array, 8 bytes a sample: a million requests are 8 MB), so percentiles
 * are exact rather than bucketed; sorting happens once, when the run is summarised.
 */
export class Recorder {
  private values = new Float64Array(1024);
  private size = 0;

  record(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }

  get count(): number {
    return this.size;
  }

  /** The samples recorded so far (a copy, safe to transfer to another thread). */
  toArray(): Float64Array {
    return this.values.slice(0, this.size);
  }
}

export interface LatencySummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank percentile of an ascending array: the smallest value such that at least
 * `p` percent of the samples are at or below it. NaN for an empty array.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

const round = (value: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Count, mean and p50/p95/p99 of the samples (any order; not modified), rounded to 0.01. */
export function summarize(samples: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  if (sorted.length === 0) {
    return {
      count: 0,
      min: Number.NaN,
      mean: Number.NaN,
      p50: Number.NaN,
      p95: Number.NaN,
      p99: Number.NaN,
      max: Number.NaN,
    };
  }
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: sorted.length,
    min: round(sorted[0]!),
    mean: round(sum / sorted.length),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1]!),
  };
}

/**
 * The highest mean over any `window` consecutive entries of a per-second series: the rate
 * the system sustained for that long (a single good second is not "sustained"). When the
 * series is shorter than the window, the mean of the whole series.
 */
export function bestSustained(perSecond: readonly number[], window: number): number {
  if (perSecond.length === 0) return 0;
  const w = Math.max(1, Math.min(window, perSecond.length));
  let sum = 0;
  for (let i = 0; i < w; i++) sum += perSecond[i]!;
  let best = sum;
  for (let i = w; i < perSecond.length; i++) {
    sum += perSecond[i]! - perSecond[i - w]!;
    if (sum > best) best = sum;
  }
  return best / w;
}
