import { describe, expect, it } from 'vitest';
import { computeFlags, type FlagInput, MIN_ANSWER_MS, readableText, readingFloorMs } from './flags.ts';

const answer = (overrides: Partial<FlagInput>): FlagInput => ({
  attemptId: 'a1',
  userId: 'u1',
  module: 'core',
  position: 0,
  questionId: 'q1',
  versionId: 'v1',
  servedAtMs: 0,
  answeredAtMs: 10_000,
  credit: 1,
  late: 'in_time',
  tabHidden: 0,
  excluded: false,
  ...overrides,
});

describe('reading floor', () => {
  it('is 1.5 s, or the stem at 60 characters a second when that is longer', () => {
    expect(MIN_ANSWER_MS).toBe(1500);
    expect(readingFloorMs(0)).toBe(1500);
    expect(readingFloorMs(90)).toBe(1500);
    expect(readingFloorMs(120)).toBe(2000);
    expect(readingFloorMs(300)).toBe(5000);
  });

  it('counts the text a reader sees, without markup', () => {
    expect(readableText('<p>Wat  is <b>goed</b>?</p>', 'html')).toBe('Wat is goed ?');
    expect(readableText('**Wat** is [goed](http://x.nl)?\n\n> citaat', 'markdown')).toBe(
      'Wat is goed? citaat',
    );
    expect(readableText('  gewoon\n tekst ', 'plain')).toBe('gewoon tekst');
  });
});

describe('computeFlags', () => {
  const stems = new Map([['v1', 300]]);

  it('flags right answers under the floor, not wrong ones, and not at the floor', () => {
    const flags = computeFlags(
      [
        answer({ position: 0, answeredAtMs: 4999 }),
        answer({ position: 1, answeredAtMs: 5000 }),
        answer({ position: 2, answeredAtMs: 800, credit: 0 }),
        answer({ position: 3, answeredAtMs: 900, credit: 0.5 }),
      ],
      stems,
      new Set(),
    );
    expect(flags.map((f) => [f.kind, f.position, f.elapsedMs, f.floorMs])).toEqual([
      ['too_fast', 0, 4999, 5000],
      ['too_fast', 3, 900, 5000],
    ]);
  });

  it('flags late answers and attempts with three or more tab switches', () => {
    const flags = computeFlags(
      [
        answer({ position: 0, tabHidden: 1 }),
        answer({ position: 1, tabHidden: 1, late: 'late', credit: 0, answeredAtMs: 40_000 }),
        answer({ position: 2, tabHidden: 1 }),
        answer({ attemptId: 'a2', userId: 'u2', tabHidden: 2 }),
      ],
      stems,
      new Set(['u1']),
    );
    expect(flags.map((f) => [f.kind, f.participantId, f.tabHidden, f.excluded])).toEqual([
      ['late_answer', 'u1', null, true],
      ['tab_switches', 'u1', 3, true],
    ]);
  });
});
