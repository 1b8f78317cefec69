import { describe, expect, it } from 'vitest';
import { FlagError, numberFlag, parseBenchArgs, unknownScenarios } from './flags.ts';

describe('parseBenchArgs', () => {
  it('defaults to every scenario on PostgreSQL, full size', () => {
    expect(parseBenchArgs([])).toEqual({ scenarios: null, database: 'postgres', quick: false, flags: {} });
  });

  it('reads scenarios, --pglite, --quick and scenario flags', () => {
    const args = parseBenchArgs([
      '--scenario=event-day, ceiling',
      '--pglite',
      '--quick',
      '--participants=300',
      '--verbose',
    ]);
    expect(args.scenarios).toEqual(['event-day', 'ceiling']);
    expect(args.database).toBe('pglite');
    expect(args.quick).toBe(true);
    expect(args.flags).toEqual({ participants: '300', verbose: 'true' });
  });

  it('keeps an equals sign inside a value', () => {
    expect(parseBenchArgs(['--note=a=b']).flags.note).toBe('a=b');
  });

  it('refuses positional arguments, bad names and an empty scenario list', () => {
    expect(() => parseBenchArgs(['event-day'])).toThrow(FlagError);
    expect(() => parseBenchArgs(['--Bad=1'])).toThrow(FlagError);
    expect(() => parseBenchArgs(['--scenario=,'])).toThrow(/at least one/);
  });
});

describe('numberFlag', () => {
  const defaults = { full: 5000, quick: 200 };

  it('uses the full or quick default when the flag is absent', () => {
    expect(numberFlag({}, 'participants', defaults, false)).toBe(5000);
    expect(numberFlag({}, 'participants', defaults, true)).toBe(200);
  });

  it('parses the given value, underscores allowed, and checks the range', () => {
    expect(numberFlag({ participants: '10_000' }, 'participants', defaults, true)).toBe(10_000);
    expect(() => numberFlag({ participants: 'many' }, 'participants', defaults, false)).toThrow(
      /--participants/,
    );
    expect(() => numberFlag({ participants: '0' }, 'participants', defaults, false, { min: 1 })).toThrow(
      /≥ 1/,
    );
  });
});

describe('unknownScenarios', () => {
  it('lists the names that are not registered', () => {
    expect(unknownScenarios(['ceiling', 'nope'], ['ceiling', 'event-day'])).toEqual(['nope']);
  });
});
