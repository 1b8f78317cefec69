import { describe, expect, it } from 'vitest';
import { summarizeAttempt } from './attempt-summary.ts';

describe('summarizeAttempt', () => {
  it('sums credits and time, counting unanswered served questions at their full limit', () => {
    const t = 1_780_000_000_000;
    const figures = summarizeAttempt([
      { servedAt: t, answeredAt: t + 8_000, credit: 1, effectiveLimitMs: 30_000 },
      { servedAt: t + 10_000, answeredAt: t + 25_000, credit: 0.5, effectiveLimitMs: 30_000 },
      { servedAt: t + 30_000, answeredAt: null, credit: null, effectiveLimitMs: 45_000 },
      { servedAt: t + 80_000, answeredAt: t + 81_000, credit: 0, effectiveLimitMs: 30_000 },
    ]);
    expect(figures).toEqual({
      score: 1.5,
      totalTimeMs: 8_000 + 15_000 + 45_000 + 1_000,
      servedCount: 4,
      answeredCount: 3,
    });
  });

  it('is zero for nothing served', () => {
    expect(summarizeAttempt([])).toEqual({ score: 0, totalTimeMs: 0, servedCount: 0, answeredCount: 0 });
  });
});
