/**
 * Command-line flags of `npm run bench` (pure: no I/O).
 *
 *   --scenario=a,b     which scenarios to run, in that order (default: all)
 *   --pglite           run the app on the embedded PGlite instead of the PostgreSQL server
 *   --quick            a short smoke run of the harness (small sizes, short durations)
 *   --key=value        scenario flags, e.g. --participants=300 --sse=300 --burst=10
 *   --key              the same as --key=true
 */
export interface BenchArgs {
  /** Scenario names in the order given; null = every registered scenario. */
  scenarios: string[] | null;
  database: 'postgres' | 'pglite';
  quick: boolean;
  flags: Record<string, string>;
}

export class FlagError extends Error {}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { scenarios: null, database: 'postgres', quick: false, flags: {} };
  for (const arg of argv) {
    if (!arg.startsWith('--') || arg.length === 2) throw new FlagError(`Unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const key = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const value = eq === -1 ? 'true' : arg.slice(eq + 1);
    if (!/^[a-z][a-z0-9-]*$/.test(key)) throw new FlagError(`Invalid flag name "${key}"`);
    if (key === 'scenario' || key === 'scenarios') {
      const names = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      if (names.length === 0) throw new FlagError('--scenario needs at least one name');
      args.scenarios = names;
    } else if (key === 'pglite') {
      args.database = value === 'false' ? 'postgres' : 'pglite';
    } else if (key === 'quick') {
      args.quick = value !== 'false';
    } else {
      args.flags[key] = value;
    }
  }
  return args;
}

/**
 * A numeric scenario flag: the value given on the command line, else the quick or the
 * full default. Throws a FlagError naming the flag when the value is not a number in range.
 */
export function numberFlag(
  flags: Record<string, string>,
  key: string,
  defaults: { full: number; quick: number },
  quick: boolean,
  range: { min?: number; max?: number } = {},
): number {
  const raw = flags[key];
  if (raw === undefined) return quick ? defaults.quick : defaults.full;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isFinite(value)) throw new FlagError(`--${key} must be a number, got "${raw}"`);
  if (range.min !== undefined && value < range.min) throw new FlagError(`--${key} must be ≥ ${range.min}`);
  if (range.max !== undefined && value > range.max) throw new FlagError(`--${key} must be ≤ ${range.max}`);
  return value;
}

/** Names that are not registered, so the run can refuse before doing any work. */
export function unknownScenarios(requested: readonly string[], known: readonly string[]): string[] {
  return requested.filter((name) => !known.includes(name));
}
