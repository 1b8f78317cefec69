/**
 * Where a scenario's app runs: a fresh PostgreSQL database (created for the run, dropped
 * after) or a temporary PGlite data directory (removed after); plus progress lines.
 */
import os from 'node:os';
import path from 'node:path';
import { temporaryDataDir } from './app-process.ts';
import { createBenchDatabase } from './bench-database.ts';

export interface Backing {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** e.g. "PostgreSQL database wegwijs_bench_123_1". */
  description: string;
  cleanup(): Promise<void>;
}

export async function createBacking(kind: 'postgres' | 'pglite'): Promise<Backing> {
  if (kind === 'pglite') {
    const dir = temporaryDataDir();
    return { dataDir: dir.dir, description: `PGlite in ${dir.dir}`, cleanup: async () => dir.remove() };
  }
  const db = await createBenchDatabase();
  return { databaseUrl: db.url, description: `PostgreSQL database ${db.name}`, cleanup: () => db.drop() };
}

/** The log file of a child process (app warnings and errors), outside the repository. */
export function logFile(name: string): string {
  return path.join(os.tmpdir(), `wegwijs-bench-${process.pid}-${name}.log`);
}

const started = performance.now();

/** A progress line: seconds since the benchmark started, the scenario, the message. */
export function say(scenario: string, message: string): void {
  const t = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[${t}s] ${scenario}: ${message}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
