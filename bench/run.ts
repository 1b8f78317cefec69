/**
 * `npm run bench [-- --scenario=a,b] [--pglite] [--quick] [--key=value …]`
 *
 * Runs the scenarios in sequence and writes, per scenario, `bench/results/<date>-<name>.json`
 * (`…-quick.json` for --quick) with the machine's description, plus a readable `.md`
 * summary. See docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { say } from './lib/environment.ts';
import { FlagError, parseBenchArgs, unknownScenarios } from './lib/flags.ts';
import { describeMachine } from './lib/machine.ts';
import type { Scenario, ScenarioOptions } from './lib/report.ts';
import { type ResultFile, renderSummary, resultBaseName } from './lib/summary.ts';

/** Scenario name → module exporting `run: Scenario`; imported only when it runs. */
const registry: Record<string, string> = {
  ceiling: './scenarios/ceiling.ts',
  'event-day': './scenarios/event-day.ts',
  'two-instances': './scenarios/two-instances.ts',
  'results-computation': './scenarios/results-computation.ts',
  'player-page': './scenarios/player-page.ts',
};

const resultsDir = path.join(import.meta.dirname, 'results');

async function loadScenario(name: string): Promise<Scenario | string> {
  try {
    const module = (await import(registry[name]!)) as { run?: Scenario };
    if (typeof module.run !== 'function') return `${registry[name]} does not export run`;
    return module.run;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (
      code === 'ERR_MODULE_NOT_FOUND' &&
      String((err as Error).message).includes(registry[name]!.slice(2))
    ) {
      return `${registry[name]} is not there (yet)`;
    }
    throw err;
  }
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  const names = args.scenarios ?? Object.keys(registry);
  const unknown = unknownScenarios(names, Object.keys(registry));
  if (unknown.length > 0) {
    console.error(`Unknown scenario(s): ${unknown.join(', ')}. Known: ${Object.keys(registry).join(', ')}`);
    return 2;
  }
  const options: ScenarioOptions = { quick: args.quick, database: args.database, flags: args.flags };
  say('bench', `scenarios ${names.join(', ')}; database ${args.database}${args.quick ? '; quick' : ''}`);
  mkdirSync(resultsDir, { recursive: true });
  let failures = 0;
  for (const name of names) {
    const scenario = await loadScenario(name);
    if (typeof scenario === 'string') {
      say(name, `skipped: ${scenario}`);
      continue;
    }
    const machine = await describeMachine(args.database);
    const startedAt = new Date();
    const t0 = performance.now();
    say(name, 'started');
    try {
      const outcome = await scenario(options);
      const file: ResultFile = {
        scenario: name,
        startedAt: startedAt.toISOString(),
        durationSeconds: Math.round((performance.now() - t0) / 100) / 10,
        quick: args.quick,
        database: args.database,
        machine,
        outcome,
      };
      const base = path.join(resultsDir, resultBaseName(outcome.name, startedAt, args.quick));
      writeFileSync(`${base}.json`, `${JSON.stringify(file, null, 2)}\n`);
      writeFileSync(`${base}.md`, renderSummary(file));
      const unmet = outcome.budget.filter((b) => !b.met);
      for (const b of outcome.budget) {
        say(name, `${b.met ? 'met    ' : 'NOT MET'} ${b.target}: ${b.measured} (${b.limit})`);
      }
      say(
        name,
        `done in ${file.durationSeconds} s; ${unmet.length} budget line(s) not met; ${path.relative(process.cwd(), base)}.{json,md}`,
      );
    } catch (err) {
      failures++;
      say(name, `FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof FlagError ? err.message : err);
    process.exit(err instanceof FlagError ? 2 : 1);
  },
);
