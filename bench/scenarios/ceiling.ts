/**
 * Scenario `ceiling`: how many answer-shaped rows a bare Fastify endpoint inserts into
 * PostgreSQL per second on this machine, driven closed-loop (every client sends its next
 * request as soon as the previous one is answered) by the same load generator with the
 * same socket pool as the event day. The event-day report states its submit-answer
 * throughput as a share of this, which stays comparable across noisy machines.
 *
 * Flags: --sockets (concurrency, default 128), --ceiling-seconds (default 20, quick 5).
 */
import { type AppInstance, randomSecret, startApp } from '../lib/app-process.ts';
import { cpuBetween, cpuSnapshot } from '../lib/cpu.ts';
import { createBacking, logFile, say } from '../lib/environment.ts';
import { numberFlag } from '../lib/flags.ts';
import { bestSustained, summarize } from '../lib/histogram.ts';
import { nowMs } from '../lib/http-client.ts';
import { runLoad } from '../lib/load-generator.ts';
import type { Scenario, ScenarioOptions, ScenarioOutcome } from '../lib/report.ts';

export interface CeilingFigures {
  insertsPerSecond: number;
  concurrency: number;
  seconds: number;
  latencyMs: ReturnType<typeof summarize>;
  errors: Record<string, number>;
  cpu: ReturnType<typeof cpuBetween>;
}

const measured = new Map<string, Promise<CeilingFigures>>();

export function socketsFlag(options: ScenarioOptions): number {
  return numberFlag(options.flags, 'sockets', { full: 128, quick: 64 }, options.quick, {
    min: 1,
    max: 10_000,
  });
}

/** Measures the ceiling once per run and database kind (event-day reuses the figure). */
export function measureCeiling(options: ScenarioOptions): Promise<CeilingFigures> {
  const key = `${options.database}:${socketsFlag(options)}`;
  let pending = measured.get(key);
  if (!pending) {
    pending = measure(options);
    measured.set(key, pending);
  }
  return pending;
}

async function measure(options: ScenarioOptions): Promise<CeilingFigures> {
  const concurrency = socketsFlag(options);
  const seconds = numberFlag(options.flags, 'ceiling-seconds', { full: 20, quick: 5 }, options.quick, {
    min: 1,
  });
  const backing = await createBacking(options.database);
  let app: AppInstance | undefined;
  try {
    app = await startApp(
      'ceiling',
      {
        databaseUrl: backing.databaseUrl,
        dataDir: backing.dataDir,
        sessionSecret: randomSecret(),
        logLevel: 'warn',
        workers: false,
      },
      logFile('ceiling'),
      (m) => say('ceiling', m),
      'ceiling-server.ts',
    );
    say('ceiling', `bare insert endpoint on ${backing.description}; ${concurrency} clients for ${seconds} s`);
    const before = await cpuSnapshot([app]);
    const result = await runLoad({
      kind: 'closed-loop',
      baseUrl: app.baseUrl,
      path: '/ceiling/answer',
      concurrency,
      maxSockets: concurrency,
      maxRequests: 5_000_000,
      deadline: nowMs() + seconds * 1000,
    });
    const after = await cpuSnapshot([app]);
    const wallSeconds = (result.endedAt - result.startedAt) / 1000;
    // The first second warms up connections; the sustained figure uses the best full window.
    const insertsPerSecond = Math.round(
      bestSustained(
        result.answersPerSecond.slice(0, Math.floor(wallSeconds)),
        Math.max(1, Math.floor(wallSeconds) - 1),
      ),
    );
    say('ceiling', `${insertsPerSecond} inserts/s`);
    return {
      insertsPerSecond,
      concurrency,
      seconds,
      latencyMs: summarize(result.latencies.ceilingInsert),
      errors: result.errors,
      cpu: cpuBetween(before, after, options.database),
    };
  } finally {
    await app?.stop();
    await backing.cleanup();
  }
}

export const run: Scenario = async (options): Promise<ScenarioOutcome> => {
  const figures = await measureCeiling(options);
  const errorCount = Object.values(figures.errors).reduce((a, b) => a + b, 0);
  return {
    name: 'ceiling',
    parameters: { database: options.database, concurrency: figures.concurrency, seconds: figures.seconds },
    metrics: {
      insertsPerSecond: figures.insertsPerSecond,
      latencyMs: figures.latencyMs,
      errors: errorCount,
      errorsByKind: figures.errors,
      cpu: figures.cpu,
    },
    budget: [],
  };
};
