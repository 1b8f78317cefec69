/**
 * The shape every benchmark scenario returns, and how `npm run bench` writes it.
 * A scenario measures; `run.ts` adds the machine description and writes
 * `bench/results/<date>-<name>.json` plus a readable summary.
 */

/** One line of the performance budget (docs/performance.md): what was asked and what was measured. */
export interface BudgetCheck {
  /** What is measured, e.g. "submit-answer p99 latency". */
  target: string;
  /** The budget in words, e.g. "≤ 50 ms". */
  limit: string;
  /** The measurement in words, e.g. "31 ms". */
  measured: string;
  met: boolean;
  /** When not met: by how much and why (required by issue 8). */
  note?: string;
}

export interface ScenarioOutcome {
  /** Short kebab-case name, used in the file name: `event-day`, `results-computation`, … */
  name: string;
  /** The knobs this run used (participant count, database kind, durations, …). */
  parameters: Record<string, unknown>;
  /** Raw figures: rates, latency percentiles in ms, memory in MB, counts. */
  metrics: Record<string, unknown>;
  budget: BudgetCheck[];
}

/** Options every scenario accepts; `quick` shrinks the run to a smoke test of the harness. */
export interface ScenarioOptions {
  quick: boolean;
  /** `postgres` (the default, DATABASE_URL or the local server) or `pglite` (embedded). */
  database: 'postgres' | 'pglite';
  /** Scenario-specific `--key=value` flags from the command line. */
  flags: Record<string, string>;
}

export type Scenario = (options: ScenarioOptions) => Promise<ScenarioOutcome>;
