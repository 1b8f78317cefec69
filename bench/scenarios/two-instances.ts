/**
 * Scenario `two-instances`: two app processes on one PostgreSQL database, leaderboard
 * streams spread over both, every answer submitted through instance A. Instance B hears
 * about the answers only through LISTEN/NOTIFY. Checks that both instances' last boards
 * agree (same top players, top teams and counts) once the answers have settled, and
 * reports freshness per instance (B's includes the NOTIFY hop).
 *
 * Defaults are smaller than event-day's (1,000 participants, 1,000 streams); the same
 * flags apply. PostgreSQL only: a PGlite database belongs to one process.
 */
import { type AppInstance, randomSecret, startApp } from '../lib/app-process.ts';
import { createBacking, logFile, say } from '../lib/environment.ts';
import { eventLoadParameters, loadMetrics, runEventLoad } from '../lib/event-load.ts';
import { summarize } from '../lib/histogram.ts';
import type { BudgetCheck, Scenario, ScenarioOutcome } from '../lib/report.ts';
import type { Board } from '../lib/sse-fleet.ts';

/** What must agree between instances: the boards without their computation time. */
function comparable(board: Board | null): string | null {
  if (!board) return null;
  return JSON.stringify({ topPlayers: board.topPlayers, topTeams: board.topTeams, counts: board.counts });
}

export const run: Scenario = async (options): Promise<ScenarioOutcome> => {
  if (options.database === 'pglite') {
    return {
      name: 'two-instances',
      parameters: { database: 'pglite' },
      metrics: { skipped: 'two app processes cannot share one embedded PGlite database' },
      budget: [],
    };
  }
  const p = eventLoadParameters(options, { participants: 1000, sse: 1000 });
  const backing = await createBacking(options.database);
  const apps: AppInstance[] = [];
  try {
    const secret = randomSecret();
    const a = await startApp(
      'A',
      {
        databaseUrl: backing.databaseUrl,
        sessionSecret: secret,
        logLevel: p.logLevel,
        workers: true,
        seed: { participants: p.participants, questions: p.questions, teamSize: p.teamSize },
      },
      logFile('two-instances-A'),
      (m) => say('two-instances', m),
    );
    apps.push(a);
    const b = await startApp(
      'B',
      {
        databaseUrl: backing.databaseUrl,
        sessionSecret: secret,
        logLevel: p.logLevel,
        workers: true,
        clockShiftMs: a.clockShiftMs,
      },
      logFile('two-instances-B'),
      (m) => say('two-instances', m),
    );
    apps.push(b);
    const result = await runEventLoad('two-instances', p, a, [a, b], options.database);
    const m = loadMetrics(result.load, p);
    const perInstance = Object.fromEntries(
      [a, b].map((app) => {
        const boards = result.boards.get(app.name)!;
        return [
          app.name,
          {
            freshnessMs: { ...summarize(boards.freshness.samples), unresolved: boards.freshness.unresolved },
            lastBoardAfterLastAnswerMs: Math.round(boards.lastAt - result.lastAckAt),
            lastBoard: boards.last
              ? {
                  updatedAt: boards.last.updatedAt,
                  counts: boards.last.counts,
                  topPlayers: boards.last.topPlayers.length,
                }
              : null,
          },
        ];
      }),
    );
    const boardA = comparable(result.boards.get('A')!.last);
    const boardB = comparable(result.boards.get('B')!.last);
    const agree = boardA !== null && boardA === boardB;
    const settled = [a, b].every((app) => result.boards.get(app.name)!.lastAt > result.lastAckAt);
    const budget: BudgetCheck[] = [
      {
        target: 'both instances’ streams agree after the answers through A',
        limit: 'same top players, top teams and counts',
        measured: agree
          ? 'identical'
          : boardA === null || boardB === null
            ? 'a board is missing'
            : 'different',
        met: agree && settled,
        note:
          agree && settled
            ? undefined
            : settled
              ? 'see the boards in the JSON'
              : 'an instance sent no board after the last answer',
      },
      ...[a, b].map((app): BudgetCheck => {
        const f = perInstance[app.name]!.freshnessMs;
        const ok = f.count > 0 && f.p95 <= 2000 && f.unresolved === 0;
        return {
          target: `freshness p95 on instance ${app.name}${app === b ? ' (answers arrive by NOTIFY)' : ''}`,
          limit: '≤ 2 s',
          measured:
            f.count > 0
              ? `${Math.round(f.p95)} ms (p50 ${Math.round(f.p50)}, ${f.count} samples)`
              : 'no samples',
          met: ok,
          note: ok
            ? undefined
            : `${f.unresolved} answers never reflected; machine ${result.cpu.machineBusyPercentOfAllCores} % busy`,
        };
      }),
    ];
    return {
      name: 'two-instances',
      parameters: { database: options.database, ...p },
      metrics: {
        agree,
        boards: { A: result.boards.get('A')!.last, B: result.boards.get('B')!.last },
        instances: perInstance,
        answers: m.answers,
        answersPerSecondSustained: m.answersPerSecondSustained,
        latencyMs: m.latencyMs,
        errors: m.errors,
        errorsByKind: m.errorsByKind,
        sse: { ...result.fleet, heldAtEnd: result.heldAtEnd },
        cpu: result.cpu,
      },
      budget,
    };
  } finally {
    for (const app of apps.reverse()) await app.stop();
    await backing.cleanup();
  }
};
