import { describe, expect, it } from 'vitest';
import { generateWorkload } from './results-workload.ts';

describe('generateWorkload (results-computation benchmark input)', () => {
  const workload = generateWorkload({ participants: 200, seed: 7 });
  const { input } = workload;

  it('is the same for the same seed', () => {
    const again = generateWorkload({ participants: 200, seed: 7 });
    expect(again.counts).toEqual(workload.counts);
    expect(again.input.answers[123]).toEqual(input.answers[123]);
  });

  it('puts everyone in a team of at most 50 and serves each player the whole core quiz once', () => {
    expect(input.members).toHaveLength(200);
    const teamSizes = new Map<string, number>();
    for (const m of input.members) teamSizes.set(m.teamId, (teamSizes.get(m.teamId) ?? 0) + 1);
    expect(Math.max(...teamSizes.values())).toBeLessThanOrEqual(50);
    const core = input.totals.filter((t) => t.module === 'core');
    for (const attempt of core.slice(0, 50)) {
      const served = input.answers.filter((a) => a.userId === attempt.userId && a.module === 'core');
      expect(new Set(served.map((a) => a.questionId)).size).toBe(served.length);
      if (attempt.status === 'finished') expect(served).toHaveLength(60);
    }
  });

  it('only managers play the manager module, and attempt scores are the sum of in-time credits', () => {
    const managers = new Set(input.members.filter((m) => m.role === 'manager').map((m) => m.userId));
    for (const attempt of input.totals) {
      if (attempt.module === 'manager') expect(managers.has(attempt.userId)).toBe(true);
      const credits = input.answers
        .filter((a) => a.attemptId === `${attempt.userId}-${attempt.module}` && a.late === 'in_time')
        .reduce((sum, a) => sum + (a.credit ?? 0), 0);
      expect(attempt.score).toBe(credits);
    }
  });

  it('draws the baseline from the practice pool only, before the play window', () => {
    const practice = new Set(workload.practiceQuestionIds);
    const opens = Math.min(...input.totals.map((t) => t.startedAt.getTime()));
    expect(input.baseline.length).toBeGreaterThan(0);
    for (const r of input.baseline) {
      expect(practice.has(r.questionId)).toBe(true);
      expect(r.answeredAtMs).toBeLessThan(opens);
    }
  });
});
