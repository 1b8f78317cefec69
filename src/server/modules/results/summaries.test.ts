import { describe, expect, it } from 'vitest';
import { type AttemptTotalsInput, buildSummaries, comparableTimeMs } from './summaries.ts';

const totals = (overrides: Partial<AttemptTotalsInput>): AttemptTotalsInput => ({
  userId: 'u1',
  module: 'core',
  status: 'finished',
  extraTimeFactor: 1,
  startedAt: new Date(1000),
  finishedAt: new Date(5000),
  score: 3,
  timeMs: 90_000,
  lastActivityMs: 4000,
  ...overrides,
});

describe('comparableTimeMs', () => {
  it('divides by an extra-time factor above 1 and ignores anything else', () => {
    expect(comparableTimeMs(90_000, 1.5)).toBe(60_000);
    expect(comparableTimeMs(90_000, 1)).toBe(90_000);
    expect(comparableTimeMs(90_000, 0.5)).toBe(90_000);
    expect(comparableTimeMs(90_000, Number.NaN)).toBe(90_000);
  });
});

describe('buildSummaries', () => {
  const members = [
    { userId: 'u1', teamId: 't1', role: 'manager' as const },
    { userId: 'u2', teamId: 't1', role: 'agent' as const },
    { userId: 'u3', teamId: 't2', role: 'agent' as const },
  ];

  it('builds a summary per confirmed member with corrected times', () => {
    const { participants, teams } = buildSummaries(members, [
      totals({ extraTimeFactor: 1.5 }),
      totals({ module: 'manager', score: 2, timeMs: 30_000, extraTimeFactor: 1.5 }),
      totals({ userId: 'u2', status: 'in_progress', finishedAt: null }),
      totals({ userId: 'stranger' }),
    ]);
    expect(participants.map((p) => p.participantId)).toEqual(['u1', 'u2', 'u3']);
    expect(participants[0]).toMatchObject({
      role: 'manager',
      core: { score: 3, totalTimeMs: 60_000, finishedAt: 5000, status: 'finished' },
      managerModule: { score: 2, totalTimeMs: 20_000 },
    });
    expect(participants[1]!.core).toMatchObject({ status: 'in_progress', finishedAt: null });
    expect(participants[2]!.core).toBeNull();
    expect(teams.map((t) => [t.teamId, t.members.length])).toEqual([
      ['t1', 2],
      ['t2', 1],
    ]);
  });

  it('counts running quizzes at their last activity on live boards', () => {
    const { participants } = buildSummaries(
      members,
      [totals({ userId: 'u2', status: 'in_progress', finishedAt: null })],
      {
        provisional: true,
      },
    );
    expect(participants[1]!.core).toMatchObject({ status: 'finished', finishedAt: 4000 });
  });

  it('keeps an excluded participant in the team as a non-player and out of the individual list', () => {
    const { participants, teams } = buildSummaries(members, [totals({})], {
      excludedUserIds: new Set(['u1']),
    });
    expect(participants.map((p) => p.participantId)).toEqual(['u2', 'u3']);
    expect(teams[0]!.members.find((m) => m.participantId === 'u1')!.core).toBeNull();
  });
});
