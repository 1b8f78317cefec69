import { describe, expect, it } from 'vitest';
import { rankSmartestEmployeeByScore, rankSmartestManager } from './individual-awards.ts';
import type { AttemptSummary, ParticipantSummary } from './summaries.ts';

const T0 = 1_780_000_000_000;

const attempt = (
  score: number,
  totalTimeMs: number,
  finishedAt: number | null = T0,
  status: AttemptSummary['status'] = 'finished',
): AttemptSummary => ({
  status,
  score,
  totalTimeMs,
  finishedAt,
});

const person = (
  participantId: string,
  core: AttemptSummary | null,
  extra: Partial<ParticipantSummary> = {},
): ParticipantSummary => ({ participantId, role: 'agent', core, managerModule: null, ...extra });

const summary = (entries: ReturnType<typeof rankSmartestEmployeeByScore>) =>
  entries.map((e) => [e.participantId, e.rank, e.tieBreak]);

describe('rankSmartestEmployeeByScore', () => {
  it('orders by score, then time, then finish; exact ties share a rank (1, 2, 2, 4)', () => {
    const result = rankSmartestEmployeeByScore([
      person('slow-equal', attempt(30, 500_000, T0 + 5)),
      person('best', attempt(32.5, 900_000)),
      person('tied-b', attempt(30, 400_000, T0 + 1)),
      person('tied-a', attempt(30, 400_000, T0 + 1)),
      person('low', attempt(12, 100_000)),
    ]);
    expect(summary(result)).toEqual([
      ['best', 1, 'decided_by_score'],
      ['tied-a', 2, 'tied'],
      ['tied-b', 2, 'tied'],
      ['slow-equal', 4, 'tie_broken_by_time'],
      ['low', 5, 'decided_by_score'],
    ]);
    expect(result[0]).toEqual({
      rank: 1,
      participantId: 'best',
      score: 32.5,
      totalTimeMs: 900_000,
      finishedAt: T0,
      tieBreak: 'decided_by_score',
    });
  });

  it('breaks a score-and-time tie by the earlier finish', () => {
    const result = rankSmartestEmployeeByScore([
      person('late', attempt(20, 300_000, T0 + 60_000)),
      person('early', attempt(20, 300_000, T0)),
    ]);
    expect(summary(result)).toEqual([
      ['early', 1, 'tie_broken_by_finish'],
      ['late', 2, 'tie_broken_by_finish'],
    ]);
  });

  it('prefers a half credit more over any amount of speed', () => {
    const result = rankSmartestEmployeeByScore([
      person('fast', attempt(19.5, 60_000)),
      person('accurate', attempt(20, 1_200_000)),
    ]);
    expect(result.map((e) => e.participantId)).toEqual(['accurate', 'fast']);
  });

  it('includes finished and closed attempts only', () => {
    const result = rankSmartestEmployeeByScore([
      person('finished', attempt(10, 1)),
      person('closed', attempt(11, 1, T0, 'closed')),
      person('playing', attempt(40, 1, null, 'in_progress')),
      person('never', null),
      person('manager', attempt(9, 1), { role: 'manager' }),
    ]);
    expect(result.map((e) => e.participantId)).toEqual(['closed', 'finished', 'manager']);
  });

  it('is empty for no one', () => {
    expect(rankSmartestEmployeeByScore([])).toEqual([]);
  });
});

describe('rankSmartestManager', () => {
  const managerModule = attempt(8, 200_000, T0 + 10_000);

  it('ranks managers who completed both parts, on the sums, finishing at the later one', () => {
    const result = rankSmartestManager([
      person('m1', attempt(30, 600_000, T0 + 20_000), { role: 'manager', managerModule }),
      person('m2', attempt(31, 500_000, T0), {
        role: 'manager',
        managerModule: attempt(6, 100_000, T0 + 99),
      }),
    ]);
    expect(result).toEqual([
      {
        rank: 1,
        participantId: 'm1',
        score: 38,
        totalTimeMs: 800_000,
        finishedAt: T0 + 20_000,
        tieBreak: 'decided_by_score',
      },
      {
        rank: 2,
        participantId: 'm2',
        score: 37,
        totalTimeMs: 600_000,
        finishedAt: T0 + 99,
        tieBreak: 'decided_by_score',
      },
    ]);
  });

  it('excludes agents and team leaders, even with a manager module attempt', () => {
    const result = rankSmartestManager([
      person('agent', attempt(40, 1), { role: 'agent', managerModule }),
      person('lead', attempt(40, 1), { role: 'team_leader', managerModule }),
      person('manager', attempt(1, 1), { role: 'manager', managerModule }),
    ]);
    expect(result.map((e) => e.participantId)).toEqual(['manager']);
  });

  it('excludes managers without a completed manager module or core quiz', () => {
    const result = rankSmartestManager([
      person('no-module', attempt(40, 1), { role: 'manager' }),
      person('module-playing', attempt(40, 1), {
        role: 'manager',
        managerModule: attempt(9, 1, null, 'in_progress'),
      }),
      person('no-core', null, { role: 'manager', managerModule }),
      person('core-closed', attempt(5, 1, T0, 'closed'), {
        role: 'manager',
        managerModule: attempt(1, 1, T0, 'closed'),
      }),
    ]);
    expect(result.map((e) => e.participantId)).toEqual(['core-closed']);
  });

  it('uses the combined time and then the later finish as tie-breaks', () => {
    const result = rankSmartestManager([
      person('b', attempt(30, 100_000, T0 + 5), { role: 'manager', managerModule: attempt(5, 100_000, T0) }),
      person('a', attempt(30, 150_000, T0), { role: 'manager', managerModule: attempt(5, 50_000, T0 + 1) }),
      person('c', attempt(30, 150_000, T0), { role: 'manager', managerModule: attempt(5, 60_000, T0) }),
    ]);
    expect(summary(result)).toEqual([
      ['a', 1, 'tie_broken_by_finish'],
      ['b', 2, 'tie_broken_by_finish'],
      ['c', 3, 'tie_broken_by_time'],
    ]);
  });
});
