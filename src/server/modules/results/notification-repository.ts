/**
 * The "an answer was recorded" channel between app instances, on PostgreSQL
 * LISTEN/NOTIFY. NOTIFY is delivered after commit to every connection that listens on
 * the channel, so each instance's live leaderboards learn about answers given through
 * any other instance. On the embedded PGlite (one process, one connection) the same
 * NOTIFY reaches the listeners registered with `pglite.listen`.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Database, DbOrTx } from '../../db/client.ts';

export const ANSWER_CHANNEL = 'wegwijs_answers';
const RECONNECT_MS = 1000;

/** Announces that an edition's answers changed; the payload is the edition id. */
export async function sendAnswerNotification(db: DbOrTx, editionId: string): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${ANSWER_CHANNEL}, ${editionId})`);
}

const MEMBERS_PREFIX = 'members:';

/**
 * Announces that who appears on an edition's boards, or how, changed (someone chose to hide
 * their name): instances then read the members afresh instead of from their copy.
 */
export async function sendMembersNotification(db: DbOrTx, editionId: string): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${ANSWER_CHANNEL}, ${MEMBERS_PREFIX + editionId})`);
}

export interface AnswerListener {
  close(): Promise<void>;
}

export interface ListenHandlers {
  /** An answer was recorded in this edition (by any instance). */
  onAnswer: (editionId: string) => void;
  /** The edition's members or their display choices changed (by any instance). */
  onMembers: (editionId: string) => void;
  /** (Re)connected: notifications may have been missed meanwhile. */
  onConnected?: () => void;
}

/**
 * Listens on the answer channel. On PostgreSQL this is a dedicated connection (a pooled
 * one would lose the LISTEN when returned), reconnected after a failure.
 */
export async function listenForAnswers(
  database: Database,
  handlers: ListenHandlers,
  log: Logger,
): Promise<AnswerListener> {
  if (database.kind === 'pglite') {
    const pglite = database.pglite!;
    const unlisten = await pglite.listen(ANSWER_CHANNEL, (payload) => dispatch(handlers, payload));
    handlers.onConnected?.();
    return {
      async close() {
        // The instance may already be closed by whoever owns it.
        await unlisten().catch(() => {});
      },
    };
  }
  return PgListener.start(database.url!, handlers, log);
}

function dispatch(handlers: ListenHandlers, payload: string | undefined): void {
  if (!payload) return;
  if (payload.startsWith(MEMBERS_PREFIX)) handlers.onMembers(payload.slice(MEMBERS_PREFIX.length));
  else handlers.onAnswer(payload);
}

class PgListener implements AnswerListener {
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly url: string;
  private readonly handlers: ListenHandlers;
  private readonly log: Logger;

  private constructor(url: string, handlers: ListenHandlers, log: Logger) {
    this.url = url;
    this.handlers = handlers;
    this.log = log;
  }

  static async start(url: string, handlers: ListenHandlers, log: Logger): Promise<PgListener> {
    const listener = new PgListener(url, handlers, log);
    await listener.connect();
    return listener;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel === ANSWER_CHANNEL) dispatch(this.handlers, message.payload);
    });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      if (this.closed) return;
      this.log.warn({ err }, 'live updates: lost the LISTEN connection; reconnecting');
      client.end().catch(() => {});
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`LISTEN ${ANSWER_CHANNEL}`);
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.handlers.onConnected?.();
  }

  private scheduleReconnect(): void {
    if (this.retry || this.closed) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect().catch((err: unknown) => {
        this.log.warn({ err }, 'live updates: reconnecting failed; trying again');
        this.scheduleReconnect();
      });
    }, RECONNECT_MS);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
