/**
 * Main-thread side of the load generator: starts the worker thread (load-worker.ts) with
 * a job, relays its progress and probe acknowledgements, and returns its figures.
 *
 * Hard caps: every job has `maxRequests` and a `deadline`; the worker stops issuing
 * requests as soon as either is reached and reports which one (`capped`).
 */
import { Worker } from 'node:worker_threads';

interface JobBase {
  baseUrl: string;
  /** Keep-alive sockets in the pool (the most requests in flight at once). */
  maxSockets: number;
  maxRequests: number;
  /** Absolute time (epoch ms) after which no request is issued. */
  deadline: number;
}

export interface PlayersJob extends JobBase {
  kind: 'players';
  year: number;
  players: Array<{ cookie: string; startAt: number; probe: number | null }>;
  thinkMinMs: number;
  thinkMaxMs: number;
}

export interface ClosedLoopJob extends JobBase {
  kind: 'closed-loop';
  path: string;
  concurrency: number;
}

export type LoadJob = PlayersJob | ClosedLoopJob;

export interface WorkerResult {
  latencies: Record<'state' | 'start' | 'fetchQuestion' | 'submitAnswer' | 'ceilingInsert', Float64Array>;
  errors: Record<string, number>;
  requests: number;
  answers: number;
  /** Answers acknowledged in each second since the worker started. */
  answersPerSecond: number[];
  finishedPlayers: number;
  abandonedPlayers: number;
  capped: 'max-requests' | 'max-duration' | null;
  startedAt: number;
  endedAt: number;
}

export interface Progress {
  requests: number;
  answers: number;
  activePlayers: number;
  finishedPlayers: number;
  errors: number;
}

export type WorkerMessage =
  | ({ type: 'progress' } & Progress)
  | { type: 'probe-ack'; probe: number; ackAt: number; expectedScore: number }
  | { type: 'done'; result: WorkerResult };

export interface LoadHandlers {
  onProgress?: (progress: Progress) => void;
  onProbeAck?: (probe: number, ackAt: number, expectedScore: number) => void;
}

export function runLoad(job: LoadJob, handlers: LoadHandlers = {}): Promise<WorkerResult> {
  const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        const { type: _t, ...progress } = message;
        handlers.onProgress?.(progress);
      } else if (message.type === 'probe-ack') {
        handlers.onProbeAck?.(message.probe, message.ackAt, message.expectedScore);
      } else {
        resolve(message.result);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator worker exited with code ${code}`));
    });
  });
}

/**
 * Start times of the start burst: `burstShare` of the players press start within the
 * first `burstMs` (uniformly), the rest over the following `2 × burstMs`. Shuffled per
 * player by the caller's random source; returned relative to the burst start, ascending.
 */
export function burstStartOffsets(
  count: number,
  burstMs: number,
  burstShare: number,
  random: () => number,
): number[] {
  const inBurst = Math.round(count * burstShare);
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    offsets.push(i < inBurst ? random() * burstMs : burstMs + random() * 2 * burstMs);
  }
  return offsets.sort((a, b) => a - b);
}
