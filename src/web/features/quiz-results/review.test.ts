import { describe, expect, it } from 'vitest';
import { filterFlags, flagCounts } from './review.ts';
import type { Flag } from './types.ts';

const flag = (participantId: string, kind: Flag['kind'], patch: Partial<Flag> = {}): Flag => ({
  participantId,
  name: participantId,
  publicName: null,
  teamName: 'Sales',
  organizationName: 'Bel & Co',
  kind,
  attemptId: `attempt-${participantId}`,
  module: 'core',
  position: kind === 'tab_switches' ? null : 3,
  questionId: null,
  elapsedMs: 600,
  floorMs: 2500,
  tabHidden: kind === 'tab_switches' ? 4 : null,
  excluded: false,
  ...patch,
});

describe('flagCounts', () => {
  it('counts every kind, also the ones that do not occur', () => {
    expect(flagCounts([flag('a', 'too_fast'), flag('a', 'too_fast'), flag('b', 'late_answer')])).toEqual({
      too_fast: 2,
      tab_switches: 0,
      late_answer: 1,
    });
  });
});

describe('filterFlags', () => {
  const flags = [
    flag('anna', 'late_answer'),
    flag('bram', 'too_fast', { excluded: true }),
    flag('cees', 'too_fast'),
    flag('cees', 'tab_switches'),
    flag('cees', 'too_fast', { position: 7 }),
  ];

  it('puts open flags of the people with the most flags first and dealt-with ones last', () => {
    expect(filterFlags(flags, 'all').map((f) => `${f.participantId}:${f.kind}`)).toEqual([
      'cees:too_fast',
      'cees:tab_switches',
      'cees:too_fast',
      'anna:late_answer',
      'bram:too_fast',
    ]);
  });

  it('shows one kind only when asked', () => {
    expect(filterFlags(flags, 'too_fast').map((f) => f.participantId)).toEqual(['cees', 'cees', 'bram']);
    expect(filterFlags(flags, 'tab_switches')).toHaveLength(1);
  });
});
