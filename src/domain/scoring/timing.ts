/**
 * Time-keeping for one served question. The server keeps time: `servedAt` is when it
 * sent the question, and every time here is epoch milliseconds passed in by the caller.
 */

/** Allowance for network delay after the visible time runs out. */
export const DEFAULT_GRACE_MS = 2000;

/**
 * The limit after an extra-time accommodation (factor ≥ 1, e.g. 1.5). A factor below 1
 * or not a number is treated as 1: an accommodation never shortens the time.
 */
export function effectiveLimitMs(limitMs: number, extraTimeFactor = 1): number {
  const factor = Number.isFinite(extraTimeFactor) && extraTimeFactor > 1 ? extraTimeFactor : 1;
  return Math.round(limitMs * factor);
}

/** The last moment an answer is accepted: served + effective limit + grace. */
export function answerDeadline(
  servedAt: number,
  limitMs: number,
  extraTimeFactor = 1,
  graceMs = DEFAULT_GRACE_MS,
): number {
  return servedAt + effectiveLimitMs(limitMs, extraTimeFactor) + Math.max(0, graceMs);
}

/** True when an answer arrives after the deadline; exactly on the deadline is in time. */
export function isLate(
  servedAt: number,
  answeredAt: number,
  limitMs: number,
  extraTimeFactor = 1,
  graceMs = DEFAULT_GRACE_MS,
): boolean {
  return answeredAt > answerDeadline(servedAt, limitMs, extraTimeFactor, graceMs);
}

/**
 * Time left on the participant's clock, never negative. The grace period is not shown:
 * the clock reaches 0 at the effective limit.
 */
export function remainingMs(servedAt: number, now: number, limitMs: number, extraTimeFactor = 1): number {
  return Math.max(0, servedAt + effectiveLimitMs(limitMs, extraTimeFactor) - now);
}
