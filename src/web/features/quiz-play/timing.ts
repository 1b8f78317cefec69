/** Time arithmetic for the play pages: countdowns, the question clock and what to announce. */

export interface CountdownParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits a duration into whole days, hours, minutes and seconds (rounded up to the next second, never negative). */
export function countdownParts(ms: number): CountdownParts {
  let rest = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  return { days, hours, minutes, seconds: rest - minutes * 60 };
}

/** Whole seconds left on a question clock: 0.1 s left still shows as 1, so 0 means the time is up. */
export const secondsLeft = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));

/** `m:ss`, as the question clock shows it. */
export function formatClock(ms: number): string {
  const total = secondsLeft(ms);
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total - minutes * 60).padStart(2, '0')}`;
}

/**
 * The moments a screen reader hears the clock: at 30 s left when the limit is a minute or
 * more, and at 10 s left when the limit is longer than 15 s. Never every second.
 */
export function announcementThresholds(limitMs: number): number[] {
  const limit = secondsLeft(limitMs);
  const thresholds: number[] = [];
  if (limit >= 60) thresholds.push(30);
  if (limit > 15) thresholds.push(10);
  return thresholds;
}

/**
 * The threshold crossed when the clock went from `previousSeconds` to `nowSeconds`, if any.
 * Coming back to a question with less time than a threshold announces nothing for it.
 */
export function crossedThreshold(
  thresholds: readonly number[],
  previousSeconds: number,
  nowSeconds: number,
): number | null {
  for (const threshold of thresholds) {
    if (previousSeconds > threshold && nowSeconds <= threshold) return threshold;
  }
  return null;
}

/** A score such as 7.5 as people write it: "7½". */
export function formatScore(score: number): string {
  const whole = Math.floor(score);
  const half = Math.abs(score - whole - 0.5) < 1e-9;
  if (half) return whole === 0 ? '½' : `${whole}½`;
  return String(Math.round(score * 100) / 100);
}
