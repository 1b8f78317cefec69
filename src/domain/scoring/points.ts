/**
 * Points are for the screen and for feedback only: the awards rank on credits and
 * time (see ../ranking). Points = 1000 × credit + a speed bonus for fully right answers.
 * The bonus is sized so the whole quiz's bonus stays below 500, the smallest credit step,
 * so being faster can never outweigh being more right.
 */
import type { Credit } from './evaluate.ts';

export const POINTS_PER_CREDIT = 1000;
/** The speed bonus of a whole quiz is at most this (strictly below a half credit = 500). */
export const MAX_QUIZ_SPEED_BONUS = 499;

/** floor(499 / questionCount); 0 for an empty quiz. */
export function maxBonusPerQuestion(questionCount: number): number {
  if (!Number.isFinite(questionCount) || questionCount < 1) return 0;
  return Math.floor(MAX_QUIZ_SPEED_BONUS / Math.floor(questionCount));
}

export interface SpeedBonusInput {
  credit: Credit;
  /** answeredAt − servedAt, in ms. */
  elapsedMs: number;
  /** The effective time limit in ms (after any extra-time accommodation). */
  limitMs: number;
  /** Number of questions in this quiz (core or manager module). */
  questionCount: number;
}

/**
 * floor(maxBonusPerQuestion × (1 − elapsed/limit)), clamped to [0, maxBonusPerQuestion];
 * only for credit 1. Computed as an integer division so that floating point cannot
 * round a value like 8.9999… up or down differently on different machines.
 */
export function speedBonus({ credit, elapsedMs, limitMs, questionCount }: SpeedBonusInput): number {
  const max = maxBonusPerQuestion(questionCount);
  if (credit !== 1 || max === 0 || !(limitMs > 0) || !Number.isFinite(elapsedMs)) return 0;
  const raw = Math.floor((max * (limitMs - elapsedMs)) / limitMs);
  return Math.min(max, Math.max(0, raw));
}

export interface AnswerPoints {
  /** 1000 × credit: 0, 500 or 1000. */
  base: number;
  bonus: number;
  total: number;
}

export function pointsForAnswer(input: SpeedBonusInput): AnswerPoints {
  const base = POINTS_PER_CREDIT * input.credit;
  const bonus = speedBonus(input);
  return { base, bonus, total: base + bonus };
}

/** The streak after an answer: consecutive fully right answers. Shown only, never ranked. */
export function nextStreak(currentStreak: number, credit: Credit): number {
  return credit === 1 ? currentStreak + 1 : 0;
}
