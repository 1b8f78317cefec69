/**
 * Parent side of a benchmark app instance: the app runs in its own child process
 * (`app-server.ts`, started the way `npm start` starts it: prepareServer + listen), so its
 * CPU and memory are measured apart from the load generator's, and two instances are two
 * real processes. Messages over the IPC channel: `ready` (port, seeded edition), `stats`
 * (CPU time, memory, open live streams) and `stop`.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchEdition, BenchEditionOptions } from './bench-edition.ts';

export interface AppServerOptions {
  /** PostgreSQL URL; absent = the embedded PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  sessionSecret: string;
  logLevel: string;
  /** Seed the benchmark edition before listening (only the first instance does). */
  seed?: BenchEditionOptions | undefined;
  /** Shift of the server clock (ms), only near midnight; see benchWindow. */
  clockShiftMs?: number | undefined;
  workers: boolean;
}

export interface ProcessStats {
  /** process.cpuUsage() of the app process, µs. */
  cpuUserMicros: number;
  cpuSystemMicros: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** Highest RSS the process has had (resourceUsage().maxRSS, KiB → bytes). */
  maxRssBytes: number;
  liveClients: number;
  at: number;
}

export type ChildMessage =
  | { type: 'ready'; port: number; edition: BenchEdition | null; eventDate: string; clockShiftMs: number }
  | { type: 'progress'; message: string }
  | { type: 'stats'; stats: ProcessStats }
  | { type: 'error'; message: string };

export type ParentMessage = { type: 'stats' } | { type: 'stop' };

export interface AppInstance {
  name: string;
  port: number;
  baseUrl: string;
  edition: BenchEdition | null;
  clockShiftMs: number;
  pid: number;
  stats(): Promise<ProcessStats>;
  stop(): Promise<void>;
}

export const randomSecret = () => randomBytes(32).toString('base64url');

/** A temporary PGlite data directory, removed by the returned function. */
export function temporaryDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wegwijs-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts an app instance and waits until it listens. Its stdout/stderr go to `logFile`
 * (warnings and errors; request logging is off unless --log-level says otherwise).
 */
export function startApp(
  name: string,
  options: AppServerOptions,
  logFile: string,
  onProgress: (message: string) => void,
  entry: 'app-server.ts' | 'ceiling-server.ts' = 'app-server.ts',
): Promise<AppInstance> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, entry), [], {
    env: { ...process.env, BENCH_APP_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // BENCH_PROFILE_DIR=dir writes a V8 CPU profile of each app process there when it exits
    // (open it in Chrome DevTools, Performance tab): where the app spends its time under load.
    execArgv: [
      '--max-old-space-size=2048',
      ...(process.env.BENCH_PROFILE_DIR
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
        : []),
    ],
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const statsWaiters: Array<(s: ProcessStats) => void> = [];
  return new Promise((resolve, reject) => {
    let ready = false;
    child.on('message', (raw) => {
      const message = raw as ChildMessage;
      if (message.type === 'progress') onProgress(`${name}: ${message.message}`);
      else if (message.type === 'error') reject(new Error(`${name}: ${message.message} (see ${logFile})`));
      else if (message.type === 'stats') statsWaiters.shift()?.(message.stats);
      else if (message.type === 'ready') {
        ready = true;
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        resolve({
          name,
          port: message.port,
          baseUrl: `http://127.0.0.1:${message.port}`,
          edition: message.edition,
          clockShiftMs: message.clockShiftMs,
          pid: child.pid!,
          stats: () =>
            new Promise((done) => {
              statsWaiters.push(done);
              child.send({ type: 'stats' } satisfies ParentMessage);
            }),
          async stop() {
            if (child.exitCode === null) child.send({ type: 'stop' } satisfies ParentMessage);
            const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
            await exited;
            clearTimeout(timer);
            log.end();
          },
        });
      }
    });
    child.on('exit', (code) => {
      if (!ready) reject(new Error(`${name} exited with code ${code} before it was ready (see ${logFile})`));
    });
  });
}
