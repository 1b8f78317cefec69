/**
 * The event-day load shared by the `event-day` and `two-instances` scenarios: SSE viewers
 * (with freshness probes and observers), then the players with their start burst through
 * the real HTTP API, with CPU snapshots around the load.
 */
import type { AppInstance } from './app-process.ts';
import { cpuBetween, cpuSnapshot } from './cpu.ts';
import { say, sleep } from './environment.ts';
import { numberFlag } from './flags.ts';
import { bestSustained, summarize } from './histogram.ts';
import { HttpClient, nowMs } from './http-client.ts';
import { runLoad, type WorkerResult } from './load-generator.ts';
import { playerStartOffsets } from './offered-load.ts';
import type { ScenarioOptions } from './report.ts';
import { type Board, FreshnessTracker, SseFleet, type StreamSpec } from './sse-fleet.ts';

export interface EventLoadParameters {
  participants: number;
  sse: number;
  questions: number;
  teamSize: number;
  burstSeconds: number;
  burstShare: number;
  thinkMinMs: number;
  thinkMaxMs: number;
  sockets: number;
  probes: number;
  maxRequests: number;
  maxDurationSeconds: number;
  sustainWindowSeconds: number;
  settleSeconds: number;
  logLevel: string;
}

/** The scenario flags with their full and --quick defaults (documented in docs/performance.md). */
export function eventLoadParameters(
  options: ScenarioOptions,
  defaults: { participants: number; sse: number } = { participants: 5000, sse: 5000 },
): EventLoadParameters {
  const n = (key: string, full: number, quick: number, range: { min?: number; max?: number } = { min: 0 }) =>
    numberFlag(options.flags, key, { full, quick }, options.quick, range);
  const participants = n('participants', defaults.participants, 200, { min: 1, max: 100_000 });
  return {
    participants,
    sse: n('sse', defaults.sse, 200, { min: 0, max: 20_000 }),
    questions: n('questions', 60, 10, { min: 1, max: 100 }),
    teamSize: n('team-size', 20, 20, { min: 1 }),
    burstSeconds: n('burst', 120, 10, { min: 0 }),
    burstShare: n('burst-share', 0.85, 0.85, { min: 0, max: 1 }),
    thinkMinMs: n('think-min', 500, 500),
    thinkMaxMs: n('think-max', 2500, 2500),
    sockets: n('sockets', 128, 64, { min: 1, max: 10_000 }),
    probes: Math.min(participants, n('probes', 50, 10)),
    maxRequests: n('max-requests', 1_000_000, 100_000, { min: 1 }),
    maxDurationSeconds: n('max-duration', 600, 120, { min: 1 }),
    sustainWindowSeconds: n('sustain-window', 30, 5, { min: 1 }),
    settleSeconds: n('settle', 5, 3, { min: 0 }),
    logLevel: options.flags['log-level'] ?? 'warn',
  };
}

export interface InstanceBoards {
  /** Last board each observer stream of this instance received. */
  last: Board | null;
  lastAt: number;
  freshness: FreshnessTracker;
}

export interface EventLoadResult {
  load: WorkerResult;
  fleet: SseFleet['counts'];
  heldAtEnd: number;
  boards: Map<string, InstanceBoards>;
  cpu: ReturnType<typeof cpuBetween>;
  lastAckAt: number;
}

/**
 * Holds `p.sse` streams spread round-robin over `viewers` (probes are the first players,
 * logged in, on their own instance's stream), then plays every participant through
 * `playerApp`, and waits `settleSeconds` for the last boards.
 */
export async function runEventLoad(
  scenario: string,
  p: EventLoadParameters,
  playerApp: AppInstance,
  viewers: AppInstance[],
  database: 'postgres' | 'pglite',
): Promise<EventLoadResult> {
  const edition = playerApp.edition!;
  // The cookies come from the server's own session code; check one is accepted before loading.
  const check = new HttpClient(playerApp.baseUrl, 1);
  const session = await check.request('GET', '/api/session', edition.cookies[0]!);
  check.close();
  if (session.status !== 200 || !session.body.includes('speler1@')) {
    throw new Error(
      `a benchmark session cookie is not accepted: ${session.status} ${session.body.slice(0, 200)}`,
    );
  }

  const boards = new Map<string, InstanceBoards>(
    viewers.map((v) => [v.name, { last: null, lastAt: 0, freshness: new FreshnessTracker() }]),
  );
  const fleet = new SseFleet((spec, board, arrivedAt) => {
    const [instance, role] = spec.tag.split(':') as [string, string];
    const entry = boards.get(instance)!;
    if (role === 'observer') {
      entry.last = board;
      entry.lastAt = arrivedAt;
    } else entry.freshness.onBoard(role, board.me?.score ?? null, arrivedAt);
  });
  const probes = Math.min(p.probes, p.sse);
  const specs: StreamSpec[] = [];
  for (let i = 0; i < p.sse; i++) {
    const viewer = viewers[i % viewers.length]!;
    if (i < probes)
      specs.push({
        baseUrl: viewer.baseUrl,
        cookie: edition.cookies[i]!,
        parse: true,
        tag: `${viewer.name}:${i}`,
      });
    else if (i < probes + 2 * viewers.length)
      specs.push({ baseUrl: viewer.baseUrl, cookie: null, parse: true, tag: `${viewer.name}:observer` });
    else specs.push({ baseUrl: viewer.baseUrl, cookie: null, parse: false, tag: `${viewer.name}:count` });
  }
  say(
    scenario,
    `opening ${p.sse} leaderboard streams (${probes} logged-in probes) on ${viewers.map((v) => v.name).join(' + ')}`,
  );
  await fleet.open(specs, edition.year);
  say(
    scenario,
    `${fleet.counts.open} streams open, ${Object.values(fleet.counts.failed).reduce((a, b) => a + b, 0)} refused`,
  );

  const offsets = playerStartOffsets(p);
  const begin = nowMs() + 1000;
  const probeTag = (i: number) => viewers[i % viewers.length]!.name;
  const before = await cpuSnapshot([playerApp, ...viewers.filter((v) => v !== playerApp)]);
  let lastAckAt = 0;
  let lastAnswers = 0;
  let lastPrint = nowMs();
  say(
    scenario,
    `${p.participants} players start within ${p.burstSeconds} s (${Math.round(p.burstShare * 100)} %) and the ${2 * p.burstSeconds} s after; think ${p.thinkMinMs}–${p.thinkMaxMs} ms`,
  );
  const load = await runLoad(
    {
      kind: 'players',
      baseUrl: playerApp.baseUrl,
      year: edition.year,
      players: edition.cookies
        .slice(0, p.participants)
        .map((cookie, i) => ({ cookie, startAt: begin + offsets[i]!, probe: i < probes ? i : null })),
      thinkMinMs: p.thinkMinMs,
      thinkMaxMs: p.thinkMaxMs,
      maxSockets: p.sockets,
      maxRequests: p.maxRequests,
      deadline: nowMs() + p.maxDurationSeconds * 1000,
    },
    {
      onProbeAck: (probe, ackAt, expected) => {
        lastAckAt = Math.max(lastAckAt, ackAt);
        boards.get(probeTag(probe))!.freshness.onAck(String(probe), ackAt, expected);
      },
      onProgress: (progress) => {
        const t = nowMs();
        if (t - lastPrint < 5000) return;
        const rate = Math.round(((progress.answers - lastAnswers) * 1000) / (t - lastPrint));
        lastAnswers = progress.answers;
        lastPrint = t;
        say(
          scenario,
          `${progress.answers} answers (${rate}/s), ${progress.activePlayers} playing, ${progress.finishedPlayers} done, ${progress.errors} errors, ${fleet.counts.open} streams open`,
        );
      },
    },
  );
  const after = await cpuSnapshot([playerApp, ...viewers.filter((v) => v !== playerApp)]);
  lastAckAt = Math.max(lastAckAt, load.endedAt);
  say(scenario, `load done: ${load.answers} answers; waiting ${p.settleSeconds} s for the last boards`);
  await sleep(p.settleSeconds * 1000);
  const heldAtEnd = fleet.counts.open;
  fleet.close();
  return {
    load,
    fleet: { ...fleet.counts },
    heldAtEnd,
    boards,
    cpu: cpuBetween(before, after, database),
    lastAckAt,
  };
}

/** Throughput and latency figures of a players load. */
export function loadMetrics(load: WorkerResult, p: EventLoadParameters) {
  const seconds = (load.endedAt - load.startedAt) / 1000;
  const active = load.answersPerSecond.findIndex((n) => n > 0);
  const series = active === -1 ? [] : load.answersPerSecond.slice(active);
  const errors = Object.values(load.errors).reduce((a, b) => a + b, 0);
  return {
    answers: load.answers,
    requests: load.requests,
    answersPerSecondSustained: Math.round(bestSustained(series, p.sustainWindowSeconds)),
    answersPerSecondMean: series.length > 0 ? Math.round(load.answers / series.length) : 0,
    answersPerSecondPeak: Math.max(0, ...series),
    loadSeconds: Math.round(seconds * 10) / 10,
    latencyMs: {
      fetchQuestion: summarize(load.latencies.fetchQuestion),
      submitAnswer: summarize(load.latencies.submitAnswer),
      start: summarize(load.latencies.start),
      playState: summarize(load.latencies.state),
    },
    errors,
    errorsByKind: load.errors,
    playersFinished: load.finishedPlayers,
    playersAbandoned: load.abandonedPlayers,
    cappedBy: load.capped ?? 'none',
    answersPerSecondTimeline: series,
  };
}
