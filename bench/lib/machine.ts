/**
 * The description of the machine a run happened on, stored with every result so figures
 * from different machines are not compared blindly.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { serverUrl } from './bench-database.ts';

export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  loadAverage: number[];
  os: string;
  node: string;
  database: string;
  gitCommit: string | null;
  /** True when the working tree had uncommitted changes (the figures are not of `gitCommit` alone). */
  gitDirty: boolean | null;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function databaseVersion(kind: 'postgres' | 'pglite'): Promise<string> {
  if (kind === 'pglite') {
    const pkg = JSON.parse(
      readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    return `PGlite ${pkg.version} (embedded, in the app process)`;
  }
  const client = new pg.Client({ connectionString: serverUrl() });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    return rows[0]?.version ?? 'unknown';
  } catch (err) {
    return `unreachable (${(err as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function describeMachine(kind: 'postgres' | 'pglite'): Promise<MachineDescription> {
  const cpus = os.cpus();
  const status = git(['status', '--porcelain']);
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    database: await databaseVersion(kind),
    gitCommit: git(['rev-parse', 'HEAD']),
    gitDirty: status === null ? null : status.length > 0,
  };
}
