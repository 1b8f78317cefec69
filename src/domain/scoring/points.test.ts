import { describe, expect, it } from 'vitest';
import { mulberry32, type Random, randomInt } from '../random.ts';
import type { Credit } from './evaluate.ts';
import { maxBonusPerQuestion, nextStreak, pointsForAnswer, speedBonus } from './points.ts';
import { effectiveLimitMs } from './timing.ts';

describe('maxBonusPerQuestion', () => {
  it.each([
    [1, 499],
    [20, 24],
    [40, 12],
    [499, 1],
    [500, 0],
    [0, 0],
  ])('%i questions → %i', (count, max) => {
    expect(maxBonusPerQuestion(count)).toBe(max);
  });
});

describe('speedBonus and points', () => {
  const base = { questionCount: 20, limitMs: 30_000 };

  it('matches the worked example in docs/rules.md', () => {
    expect(pointsForAnswer({ ...base, credit: 1, elapsedMs: 12_000 })).toEqual({
      base: 1000,
      bonus: 14,
      total: 1014,
    });
    expect(pointsForAnswer({ ...base, credit: 0.5, elapsedMs: 12_000 })).toEqual({
      base: 500,
      bonus: 0,
      total: 500,
    });
    expect(pointsForAnswer({ ...base, credit: 0, elapsedMs: 3_000 })).toEqual({
      base: 0,
      bonus: 0,
      total: 0,
    });
    // In the grace period: still counts, no bonus.
    expect(pointsForAnswer({ ...base, credit: 1, elapsedMs: 31_000 })).toEqual({
      base: 1000,
      bonus: 0,
      total: 1000,
    });
    // With 1.5× extra time the bonus is measured against the longer limit.
    const limitMs = effectiveLimitMs(30_000, 1.5);
    expect(limitMs).toBe(45_000);
    expect(speedBonus({ ...base, limitMs, credit: 1, elapsedMs: 18_000 })).toBe(14);
  });

  it('is the full bonus at 0 ms and 0 at the limit, clamped outside', () => {
    expect(speedBonus({ ...base, credit: 1, elapsedMs: 0 })).toBe(24);
    expect(speedBonus({ ...base, credit: 1, elapsedMs: -500 })).toBe(24);
    expect(speedBonus({ ...base, credit: 1, elapsedMs: 30_000 })).toBe(0);
    expect(speedBonus({ ...base, credit: 1, elapsedMs: 1 })).toBe(23);
    expect(speedBonus({ ...base, credit: 1, elapsedMs: 60_000 })).toBe(0);
    expect(speedBonus({ ...base, limitMs: 0, credit: 1, elapsedMs: 0 })).toBe(0);
  });

  it('gives no bonus without full credit', () => {
    expect(speedBonus({ ...base, credit: 0.5, elapsedMs: 0 })).toBe(0);
    expect(speedBonus({ ...base, credit: 0, elapsedMs: 0 })).toBe(0);
  });
});

interface SimulatedQuiz {
  credits: Credit[];
  points: number;
  bonus: number;
}

function simulateQuiz(random: Random, questionCount: number): SimulatedQuiz {
  const credits: Credit[] = [];
  let points = 0;
  let bonus = 0;
  for (let i = 0; i < questionCount; i++) {
    const credit = ([0, 0.5, 1, 1] as const)[randomInt(random, 4)]!;
    const limitMs = effectiveLimitMs(5_000 + randomInt(random, 115_000), 1 + randomInt(random, 3) * 0.25);
    // Mostly fast answers, to push the bonus as high as it goes; sometimes instant.
    const elapsedMs = random() < 0.2 ? 0 : randomInt(random, limitMs + 2_000);
    const result = pointsForAnswer({ credit, elapsedMs, limitMs, questionCount });
    credits.push(credit);
    points += result.total;
    bonus += result.bonus;
  }
  return { credits, points, bonus };
}

describe('property: speed can never beat a half credit', () => {
  it('keeps the whole-quiz bonus below 500 for many random quizzes', () => {
    const random = mulberry32(20260612);
    for (let run = 0; run < 2_000; run++) {
      const questionCount = 1 + randomInt(random, 120);
      const quiz = simulateQuiz(random, questionCount);
      expect(quiz.bonus).toBeLessThan(500);
      expect(quiz.bonus).toBeLessThanOrEqual(maxBonusPerQuestion(questionCount) * questionCount);
    }
  });

  it('orders total points by total credit whenever credits differ', () => {
    const random = mulberry32(4242);
    for (let run = 0; run < 2_000; run++) {
      const questionCount = 1 + randomInt(random, 60);
      const a = simulateQuiz(random, questionCount);
      const b = simulateQuiz(random, questionCount);
      const creditA = a.credits.reduce<number>((s, c) => s + c, 0);
      const creditB = b.credits.reduce<number>((s, c) => s + c, 0);
      if (creditA > creditB) expect(a.points).toBeGreaterThan(b.points);
      if (creditB > creditA) expect(b.points).toBeGreaterThan(a.points);
    }
  });

  it('reaches the largest possible bonus when every answer is right instantly', () => {
    for (const questionCount of [1, 7, 20, 40, 499]) {
      let total = 0;
      for (let i = 0; i < questionCount; i++) {
        total += speedBonus({ credit: 1, elapsedMs: 0, limitMs: 30_000, questionCount });
      }
      expect(total).toBe(maxBonusPerQuestion(questionCount) * questionCount);
      expect(total).toBeLessThan(500);
    }
  });
});

describe('nextStreak', () => {
  it('counts consecutive fully right answers and resets otherwise', () => {
    const credits: Credit[] = [1, 1, 0.5, 1, 1, 1, 0];
    const streaks: number[] = [];
    let streak = 0;
    for (const credit of credits) {
      streak = nextStreak(streak, credit);
      streaks.push(streak);
    }
    expect(streaks).toEqual([1, 2, 0, 1, 2, 3, 0]);
  });
});
