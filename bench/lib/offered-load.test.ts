import { describe, expect, it } from 'vitest';
import { eventLoadParameters } from './event-load.ts';
import { offeredAnswers, offeredLoad, playerStartOffsets } from './offered-load.ts';

const defaults = eventLoadParameters({ quick: false, database: 'postgres', flags: {} });

describe('offeredAnswers', () => {
  it('bins each player’s answers at start + k × think', () => {
    // 10 players at 0 ms, 3 questions, 1 s think: answers at 1, 2 and 3 s, ten each.
    const offered = offeredAnswers(Array(10).fill(0), 3, 1000, 3);
    expect(offered.perSecond).toEqual([10, 10, 10]);
    expect(offered.sustained).toBe(10);
    expect(offered.peak).toBe(10);
  });

  it('is bounded by starts per second × questions, and reaches it when the burst outlasts a quiz', () => {
    // 40 starts a second for 120 s; a quiz of 30 answers takes 45 s, so from 45 s to 120 s
    // every second holds 40 × 30 answers: the players of the last 45 s, 30 answers each per 45 s.
    const starts = Array.from({ length: 40 * 120 }, (_v, i) => i * 25);
    const offered = offeredAnswers(starts, 30, 1500, 30);
    expect(offered.peak).toBe(1200);
    expect(offered.sustained).toBe(1200);
  });
});

describe('offeredLoad', () => {
  it('plays the run’s schedule with the mean think time', () => {
    // --burst=0: every player starts at once; think 500–1500 ms has a mean of 1 s.
    const p = {
      ...defaults,
      participants: 10,
      burstSeconds: 0,
      questions: 3,
      thinkMinMs: 500,
      thinkMaxMs: 1500,
    };
    expect(playerStartOffsets(p)).toEqual(Array(10).fill(0));
    expect(offeredLoad({ ...p, sustainWindowSeconds: 3 }).sustained).toBe(10);
  });

  it('keeps the seeded burst near starts per second × questions: 30 questions cannot offer 2,000/s', () => {
    const p = { ...defaults, questions: 30 };
    const burstStartsPerSecond = Math.round(p.participants * p.burstShare) / p.burstSeconds; // ≈ 35.4
    const offered = offeredLoad(p);
    // Random start times bunch up a little, so the best 30 s may lie a few percent above the mean rate.
    expect(offered.sustained).toBeGreaterThan(burstStartsPerSecond * p.questions * 0.95);
    expect(offered.sustained).toBeLessThan(burstStartsPerSecond * p.questions * 1.05);
    expect(offered.sustained).toBeLessThan(2000);
  });

  it('offers the budget’s 2,000 answers/s with the full defaults', () => {
    expect(offeredLoad(defaults).sustained).toBeGreaterThanOrEqual(2000);
  });

  it('uses the same seeded start times on every call', () => {
    const offsets = playerStartOffsets(defaults);
    expect(playerStartOffsets(defaults)).toEqual(offsets);
    expect(offsets.filter((o) => o < defaults.burstSeconds * 1000)).toHaveLength(4250);
    // Shuffled over the players, not in start order (the probes are the first players).
    expect([...offsets].sort((a, b) => a - b)).not.toEqual(offsets);
  });
});
