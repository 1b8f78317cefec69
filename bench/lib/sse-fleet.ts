/**
 * Many leaderboard SSE streams held at once (`GET /api/results/:year/live`), as the
 * phones and screens watching the board on an event day. Most streams only count board
 * events (cheap: no JSON parsing); "parsed" streams — the freshness probes, logged in as
 * a playing participant, and a few anonymous observers per instance — decode every board.
 */
import http from 'node:http';
import { nowMs } from './http-client.ts';

export interface Board {
  topPlayers: unknown[];
  topTeams: unknown[];
  counts: { playing: number; finished: number };
  updatedAt: string;
  me: { score: number | null } | null;
}

export interface StreamSpec {
  baseUrl: string;
  cookie: string | null;
  /** Decode board events and hand them to `onBoard`. */
  parse: boolean;
  /** A label handed back with each board (e.g. probe number or instance name). */
  tag: string;
}

export interface FleetCounts {
  requested: number;
  connected: number;
  /** Most streams open at the same time. */
  peakOpen: number;
  open: number;
  failed: Record<string, number>;
  /** Streams that ended while the benchmark still held them. */
  dropped: number;
  boardEvents: number;
}

export class SseFleet {
  private readonly agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  private readonly requests = new Set<http.ClientRequest>();
  private closing = false;
  readonly counts: FleetCounts = {
    requested: 0,
    connected: 0,
    peakOpen: 0,
    open: 0,
    failed: {},
    dropped: 0,
    boardEvents: 0,
  };
  private readonly onBoard: (spec: StreamSpec, board: Board, arrivedAt: number) => void;

  constructor(onBoard: (spec: StreamSpec, board: Board, arrivedAt: number) => void) {
    this.onBoard = onBoard;
  }

  private fail(kind: string): void {
    this.counts.failed[kind] = (this.counts.failed[kind] ?? 0) + 1;
  }

  /** Opens one stream; resolves when its response headers arrived (or it failed). */
  private openOne(spec: StreamSpec, year: number): Promise<void> {
    this.counts.requested++;
    const url = new URL(`/api/results/${year}/live`, spec.baseUrl);
    return new Promise((resolve) => {
      const headers: http.OutgoingHttpHeaders = { accept: 'text/event-stream' };
      if (spec.cookie) headers.cookie = spec.cookie;
      const req = http.get(
        { agent: this.agent, host: url.hostname, port: url.port, path: url.pathname, headers },
        (res) => {
          if (res.statusCode !== 200) {
            this.fail(`status_${res.statusCode}`);
            res.resume();
            resolve();
            return;
          }
          this.counts.connected++;
          this.counts.open++;
          this.counts.peakOpen = Math.max(this.counts.peakOpen, this.counts.open);
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk: string) => {
            if (!spec.parse) {
              // Count events without decoding; a marker split over two chunks is rare and only undercounts.
              let at = chunk.indexOf('event: board');
              while (at !== -1) {
                this.counts.boardEvents++;
                at = chunk.indexOf('event: board', at + 12);
              }
              return;
            }
            const arrivedAt = nowMs();
            buffer += chunk;
            let end = buffer.indexOf('\n\n');
            while (end !== -1) {
              const frame = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              if (frame.startsWith('event: board\n')) {
                this.counts.boardEvents++;
                const data = frame
                  .split('\n')
                  .filter((l) => l.startsWith('data: '))
                  .map((l) => l.slice(6))
                  .join('\n');
                this.onBoard(spec, JSON.parse(data) as Board, arrivedAt);
              }
              end = buffer.indexOf('\n\n');
            }
          });
          res.on('close', () => {
            this.counts.open--;
            if (!this.closing) this.counts.dropped++;
          });
          resolve();
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (!this.closing) this.fail(err.code ?? 'error');
        resolve();
      });
      this.requests.add(req);
    });
  }

  /** Opens the streams in batches, so the app sees viewers arriving, not one SYN flood. */
  async open(specs: StreamSpec[], year: number, batch = 250): Promise<void> {
    for (let i = 0; i < specs.length; i += batch) {
      await Promise.all(specs.slice(i, i + batch).map((s) => this.openOne(s, year)));
    }
  }

  close(): void {
    this.closing = true;
    for (const req of this.requests) req.destroy();
    this.requests.clear();
    this.agent.destroy();
  }
}

/**
 * Freshness: the time from an answer's acknowledgement (the player saw the feedback) to
 * the first board event on that player's own stream that reflects it (`me.score` has
 * reached the score including the answer; scores never go down, so a later board cannot
 * reflect an earlier state). Only answers with credit change the score, so only those
 * are sampled.
 */
export class FreshnessTracker {
  private readonly recent = new Map<string, Array<{ at: number; score: number }>>();
  private readonly pending = new Map<string, Array<{ ackAt: number; expected: number }>>();
  readonly samples: number[] = [];

  private resolve(tag: string): void {
    const waiting = this.pending.get(tag);
    const events = this.recent.get(tag) ?? [];
    if (!waiting) return;
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = waiting[i]!;
      const seen = events.find((e) => e.at >= w.ackAt && e.score >= w.expected - 1e-9);
      if (seen) {
        this.samples.push(seen.at - w.ackAt);
        waiting.splice(i, 1);
      }
    }
  }

  onAck(tag: string, ackAt: number, expected: number): void {
    const list = this.pending.get(tag) ?? [];
    list.push({ ackAt, expected });
    this.pending.set(tag, list);
    this.resolve(tag);
  }

  onBoard(tag: string, score: number | null, arrivedAt: number): void {
    if (score === null) return;
    const list = this.recent.get(tag) ?? [];
    list.push({ at: arrivedAt, score });
    if (list.length > 50) list.shift();
    this.recent.set(tag, list);
    this.resolve(tag);
  }

  /** Acknowledged answers no board has reflected (yet). */
  get unresolved(): number {
    let n = 0;
    for (const list of this.pending.values()) n += list.length;
    return n;
  }
}
