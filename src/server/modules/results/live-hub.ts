/**
 * Live leaderboards on one app instance: the SSE clients per edition, one shared
 * recomputation per edition (debounced), and the LISTEN connection through which answers
 * from every instance arrive.
 *
 * Timing: an answer's NOTIFY reaches every instance right after commit; an edition's
 * recomputations start at most once per MIN_INTERVAL_MS, counted from start to start (a
 * burst of answers leads to one recomputation as soon as the interval allows, never to a
 * queue), so a board is at most about a second plus one computation behind. Counted from
 * the end instead, the time to compute and write to thousands of streams was added to
 * every interval (freshness p95 over 2 s in the benchmark). A periodic refresh covers notifications
 * lost while the LISTEN connection was down and questions that timed out silently.
 */
import type { AppContext } from '../../lib/context.ts';
import { editionContext } from './analysis-service.ts';
import { computeLiveStandings, type LiveStandings } from './live-standings.ts';
import { type AnswerListener, listenForAnswers } from './notification-repository.ts';
import { confirmedMembers, type MemberRecord } from './records-repository.ts';

export const MIN_INTERVAL_MS = 1000;
/**
 * How long a channel reuses the edition's members (names, teams, display choices) between
 * computations: read every second they were half of a board's database work for thousands
 * of members, and they hardly change during play. A display choice is announced to every
 * instance at once (`sendMembersNotification`); new members appear within this time.
 */
export const MEMBERS_MAX_AGE_MS = 30_000;
export const REFRESH_MS = 15_000;
export const HEARTBEAT_MS = 15_000;
/** SSE connections one instance keeps open; more get 503 (the load balancer spreads them). */
export const MAX_CLIENTS = 5000;

export interface LiveSubscriber {
  send(standings: LiveStandings): void;
  ping(): void;
  end(): void;
}

interface Channel {
  editionId: string;
  clients: Set<LiveSubscriber>;
  standings: LiveStandings | null;
  timer: NodeJS.Timeout | null;
  running: boolean;
  dirty: boolean;
  lastRunAt: number;
  waiters: Array<(standings: LiveStandings | null) => void>;
  members: MemberRecord[] | null;
  membersReadAt: number;
}

export class LiveHub {
  private readonly ctx: AppContext;
  private readonly channels = new Map<string, Channel>();
  private listener: AnswerListener | null = null;
  private listening: Promise<void> | null = null;
  private ticker: NodeJS.Timeout | null = null;
  private closed = false;
  /**
   * Recompute editions with viewers at least this often even without notifications
   * (REFRESH_MS; tests switch it off to prove that notifications alone carry updates).
   */
  refreshMs = REFRESH_MS;

  constructor(ctx: AppContext) {
    this.ctx = ctx;
  }

  get clientCount(): number {
    let n = 0;
    for (const channel of this.channels.values()) n += channel.clients.size;
    return n;
  }

  /** Adds a client; it gets the current standings at once and every update after. Returns the unsubscribe. */
  async subscribe(editionId: string, client: LiveSubscriber): Promise<() => void> {
    await this.ensureListening();
    if (this.closed) {
      client.end();
      return () => {};
    }
    const channel = this.channel(editionId);
    // Nobody followed this edition here: whatever standings it has may be stale.
    const wasIdle = channel.clients.size === 0;
    channel.clients.add(client);
    this.ensureTicker();
    if (channel.standings) client.send(channel.standings);
    if (!channel.standings || wasIdle || channel.dirty) this.request(channel);
    return () => {
      channel.clients.delete(client);
    };
  }

  /**
   * The current standings (for the JSON board): the shared ones when they are kept up to
   * date by the LISTEN connection or younger than MIN_INTERVAL_MS, otherwise computed now.
   */
  async current(editionId: string): Promise<LiveStandings | null> {
    const channel = this.channel(editionId);
    const young = performance.now() - channel.lastRunAt < MIN_INTERVAL_MS;
    const followed = channel.clients.size > 0 && this.listener !== null;
    const settled = !channel.dirty && !channel.timer && !channel.running;
    if (channel.standings && settled && (young || followed)) return channel.standings;
    const result = new Promise<LiveStandings | null>((resolve) => channel.waiters.push(resolve));
    this.request(channel, true);
    return result;
  }

  /** An answer was recorded in this edition (on any instance). */
  notify(editionId: string): void {
    const channel = this.channels.get(editionId);
    if (channel && channel.clients.size > 0) this.request(channel);
  }

  /** The edition's members or their display choices changed (on any instance). */
  membersChanged(editionId: string): void {
    const channel = this.channels.get(editionId);
    if (!channel) return;
    channel.members = null;
    channel.membersReadAt = 0;
    if (channel.clients.size > 0) this.request(channel);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.ticker) clearInterval(this.ticker);
    for (const channel of this.channels.values()) {
      if (channel.timer) clearTimeout(channel.timer);
      for (const client of channel.clients) client.end();
      for (const waiter of channel.waiters.splice(0)) waiter(null);
    }
    this.channels.clear();
    await this.listening?.catch(() => {});
    await this.listener?.close();
    this.listener = null;
  }

  private channel(editionId: string): Channel {
    let channel = this.channels.get(editionId);
    if (!channel) {
      channel = {
        editionId,
        clients: new Set(),
        standings: null,
        timer: null,
        running: false,
        dirty: false,
        lastRunAt: 0,
        waiters: [],
        members: null,
        membersReadAt: 0,
      };
      this.channels.set(editionId, channel);
    }
    return channel;
  }

  /**
   * Schedules a recomputation: now, or when the interval since the last one has passed.
   * Editions nobody watches here are not recomputed (unless `force`, for a direct read).
   */
  private request(channel: Channel, force = false): void {
    if (this.closed || (!force && channel.clients.size === 0)) return;
    if (channel.running) {
      channel.dirty = true;
      return;
    }
    if (channel.timer) return;
    const wait = Math.max(0, channel.lastRunAt + MIN_INTERVAL_MS - performance.now());
    channel.timer = setTimeout(() => {
      channel.timer = null;
      void this.run(channel);
    }, wait);
  }

  private async run(channel: Channel): Promise<void> {
    channel.running = true;
    channel.dirty = false;
    const startedAt = performance.now();
    // Readers that asked before this run started get its result; later ones the next run's.
    const waiting = channel.waiters.splice(0);
    let standings: LiveStandings | null = channel.standings;
    try {
      const edition = await editionContext(this.ctx, { id: channel.editionId });
      // Without the LISTEN connection a display choice made elsewhere would go unnoticed.
      const reuse = this.listener !== null && performance.now() - channel.membersReadAt < MEMBERS_MAX_AGE_MS;
      let members = reuse ? channel.members : null;
      if (!members) {
        const readAt = performance.now();
        channel.membersReadAt = readAt;
        members = await confirmedMembers(this.ctx.db, channel.editionId);
        // Unless a change was announced while reading: then the next run reads again.
        if (channel.membersReadAt === readAt) channel.members = members;
      }
      standings = await computeLiveStandings(this.ctx, edition, members);
      channel.standings = standings;
      for (const client of channel.clients) client.send(standings);
    } catch (err) {
      this.ctx.log.error({ err, editionId: channel.editionId }, 'live updates: recomputing failed');
    } finally {
      channel.running = false;
      channel.lastRunAt = startedAt;
      for (const waiter of waiting) waiter(standings);
      if (channel.dirty) this.request(channel, channel.waiters.length > 0);
    }
  }

  private ensureListening(): Promise<void> {
    if (this.listener || this.closed) return Promise.resolve();
    this.listening ??= listenForAnswers(
      this.ctx.database,
      {
        onAnswer: (editionId) => this.notify(editionId),
        onMembers: (editionId) => this.membersChanged(editionId),
        onConnected: () => {
          // Notifications may have been missed while disconnected.
          for (const channel of this.channels.values()) {
            channel.members = null;
            this.request(channel);
          }
        },
      },
      this.ctx.log,
    )
      .then((listener) => {
        if (this.closed) return listener.close();
        this.listener = listener;
      })
      .catch((err: unknown) => {
        // Boards still refresh every REFRESH_MS; the next subscriber tries to listen again.
        this.ctx.log.error({ err }, 'live updates: could not LISTEN for answers');
      })
      .finally(() => {
        this.listening = null;
      });
    return this.listening;
  }

  /** One timer per instance: heartbeats keep proxies from closing idle streams; refreshes catch up. */
  private ensureTicker(): void {
    if (this.ticker) return;
    this.ticker = setInterval(() => {
      const now = performance.now();
      for (const channel of this.channels.values()) {
        for (const client of channel.clients) client.ping();
        if (now - channel.lastRunAt >= this.refreshMs) this.request(channel);
      }
    }, HEARTBEAT_MS);
    this.ticker.unref();
  }
}

const hubs = new WeakMap<AppContext, LiveHub>();

/** The live hub of this app instance (one per context). */
export function liveHub(ctx: AppContext): LiveHub {
  let hub = hubs.get(ctx);
  if (!hub) {
    hub = new LiveHub(ctx);
    hubs.set(ctx, hub);
  }
  return hub;
}

/** Stops the hub of this context (app shutdown): ends every stream and the LISTEN connection. */
export async function closeLiveHub(ctx: AppContext): Promise<void> {
  const hub = hubs.get(ctx);
  if (!hub) return;
  hubs.delete(ctx);
  await hub.close();
}
