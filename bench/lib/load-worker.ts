/**
 * The load generator's worker thread: plays participants through the real HTTP API
 * (`players` job) or hammers one endpoint back-to-back (`closed-loop` job, the ceiling).
 * It runs beside the main thread, which holds the SSE streams, so neither starves the
 * other; both are one process whose CPU the report shows next to the app's.
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { Recorder } from './histogram.ts';
import { HttpClient, HttpError, nowMs } from './http-client.ts';
import type { LoadJob, PlayersJob, WorkerMessage, WorkerResult } from './load-generator.ts';

const job = workerData as LoadJob;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort!.postMessage(message, transfer);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

const latency = {
  state: new Recorder(),
  start: new Recorder(),
  fetchQuestion: new Recorder(),
  submitAnswer: new Recorder(),
  ceilingInsert: new Recorder(),
};
type Kind = keyof typeof latency;
const errors: Record<string, number> = {};
const answersPerSecond: number[] = [];
let requests = 0;
let answers = 0;
let activePlayers = 0;
let finishedPlayers = 0;
let abandonedPlayers = 0;
let capped: 'max-requests' | 'max-duration' | null = null;
const loadStartedAt = nowMs();

function countError(kind: string): void {
  errors[kind] = (errors[kind] ?? 0) + 1;
}

function stopped(): boolean {
  if (capped) return true;
  if (requests >= job.maxRequests) capped = 'max-requests';
  else if (nowMs() >= job.deadline) capped = 'max-duration';
  return capped !== null;
}

/** One request with up to 3 tries on network errors and 5xx; 4xx come back to the caller. */
async function call(
  client: HttpClient,
  kind: Kind,
  method: string,
  path: string,
  cookie: string | null,
  body?: unknown,
): Promise<{ status: number; body: string } | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (stopped()) return null;
    requests++;
    try {
      const res = await client.request(method, path, cookie, body);
      if (res.status >= 500) {
        countError(`${kind}:${res.status}`);
        await sleep(500);
        continue;
      }
      latency[kind].record(res.ms);
      return res;
    } catch (err) {
      // Requests cut off by a cap are not errors of the app; the cap is reported.
      if (err instanceof HttpError && err.code === 'aborted') return null;
      countError(`${kind}:${err instanceof HttpError ? err.code : 'error'}`);
      await sleep(500);
    }
  }
  return null;
}

interface Question {
  done: boolean;
  position: number;
  question: { type: string; options: unknown[] };
}

function randomResponse(q: Question['question']): number | number[] {
  const n = q.options.length;
  const pick = Math.floor(Math.random() * n);
  if (q.type === 'multiple') return [pick];
  if (q.type === 'ordering') {
    const order = Array.from({ length: n }, (_v, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  }
  return pick;
}

async function play(client: HttpClient, player: PlayersJob['players'][number]): Promise<void> {
  if (job.kind !== 'players') return;
  await sleep(player.startAt - nowMs());
  if (stopped()) return;
  activePlayers++;
  try {
    // What the play page does on load: where do I stand, then start.
    const state = await call(client, 'state', 'GET', `/api/play/${job.year}`, player.cookie);
    if (state?.status !== 200) {
      if (state) countError(`state:${state.status}`);
      if (!capped) abandonedPlayers++;
      return;
    }
    const started = await call(
      client,
      'start',
      'POST',
      `/api/play/${job.year}/core/start`,
      player.cookie,
      {},
    );
    if (started?.status !== 201) {
      if (started) countError(`start:${started.status}`);
      if (!capped) abandonedPlayers++;
      return;
    }
    const { attemptId } = JSON.parse(started.body) as { attemptId: string };
    let score = 0;
    for (;;) {
      const current = await call(
        client,
        'fetchQuestion',
        'GET',
        `/api/play/attempts/${attemptId}/current`,
        player.cookie,
      );
      if (current?.status !== 200) {
        if (current) countError(`fetchQuestion:${current.status}`);
        if (!capped) abandonedPlayers++;
        return;
      }
      const q = JSON.parse(current.body) as Question;
      if (q.done) break;
      await sleep(job.thinkMinMs + Math.random() * (job.thinkMaxMs - job.thinkMinMs));
      const body = { position: q.position, key: randomUUID(), response: randomResponse(q.question) };
      const answer = await call(
        client,
        'submitAnswer',
        'POST',
        `/api/play/attempts/${attemptId}/answers`,
        player.cookie,
        body,
      );
      if (answer?.status !== 200) {
        if (answer) countError(`submitAnswer:${answer.status}`);
        if (!capped) abandonedPlayers++;
        return;
      }
      const ackAt = nowMs();
      answers++;
      const second = Math.floor((ackAt - loadStartedAt) / 1000);
      answersPerSecond[second] = (answersPerSecond[second] ?? 0) + 1;
      const feedback = JSON.parse(answer.body) as { credit: number };
      if (player.probe !== null && feedback.credit > 0) {
        score += feedback.credit;
        post({ type: 'probe-ack', probe: player.probe, ackAt, expectedScore: score });
      }
    }
    finishedPlayers++;
  } finally {
    activePlayers--;
  }
}

async function closedLoop(client: HttpClient): Promise<void> {
  if (job.kind !== 'closed-loop') return;
  const attempt = randomUUID();
  let position = 0;
  while (!stopped()) {
    const body = { attemptId: attempt, position: position++, key: randomUUID(), response: [position % 4] };
    const res = await call(client, 'ceilingInsert', 'POST', job.path, null, body);
    if (!res) continue;
    if (res.status !== 200) {
      countError(`ceilingInsert:${res.status}`);
      continue;
    }
    answers++;
    const second = Math.floor((nowMs() - loadStartedAt) / 1000);
    answersPerSecond[second] = (answersPerSecond[second] ?? 0) + 1;
  }
}

async function main(): Promise<void> {
  const client = new HttpClient(job.baseUrl, job.maxSockets);
  const ticker = setInterval(() => {
    // A cap also ends what is already queued for a socket, so the run stops on time.
    if (stopped()) client.abortAll();
    post({
      type: 'progress',
      requests,
      answers,
      activePlayers,
      finishedPlayers,
      errors: Object.values(errors).reduce((a, b) => a + b, 0),
    });
  }, 1000);
  if (job.kind === 'players') {
    await Promise.all(job.players.map((p) => play(client, p)));
  } else {
    await Promise.all(Array.from({ length: job.concurrency }, () => closedLoop(client)));
  }
  clearInterval(ticker);
  client.close();
  const arrays = Object.fromEntries(Object.entries(latency).map(([k, r]) => [k, r.toArray()])) as Record<
    Kind,
    Float64Array
  >;
  const result: WorkerResult = {
    latencies: arrays,
    errors,
    requests,
    answers,
    answersPerSecond: Array.from({ length: answersPerSecond.length }, (_v, i) => answersPerSecond[i] ?? 0),
    finishedPlayers,
    abandonedPlayers,
    capped,
    startedAt: loadStartedAt,
    endedAt: nowMs(),
  };
  post(
    { type: 'done', result },
    Object.values(arrays).map((a) => a.buffer as ArrayBuffer),
  );
}

void main();
