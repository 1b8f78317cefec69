/**
 * Child-process entry of the ceiling: a bare Fastify endpoint that inserts one
 * answer-shaped row per request into its own table, with the same pool size (20) as the
 * app, no authentication, no validation, no transaction beyond the insert. What the app
 * does per answer on top of this is the price of its rules; the ratio makes machines
 * comparable. Speaks the same IPC protocol as app-server.ts.
 */
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';
import type { ChildMessage, ParentMessage } from './app-process.ts';

const send = (message: ChildMessage) => process.send?.(message);

const TABLE = `CREATE TABLE IF NOT EXISTS bench_answers (
  attempt_id uuid NOT NULL,
  position integer NOT NULL,
  answer_key text NOT NULL,
  response jsonb NOT NULL,
  credit numeric(2, 1),
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (attempt_id, position)
)`;
const INSERT =
  'INSERT INTO bench_answers (attempt_id, position, answer_key, response, credit) VALUES ($1, $2, $3, $4, $5)';

interface Body {
  attemptId: string;
  position: number;
  key: string;
  response: unknown;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.env.BENCH_APP_OPTIONS ?? '{}') as {
    databaseUrl?: string;
    dataDir?: string;
  };
  let query: (text: string, values?: unknown[]) => Promise<unknown>;
  let close: () => Promise<void>;
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 20 });
    query = (text, values) => pool.query(text, values);
    close = () => pool.end();
  } else {
    const db = await PGlite.create(options.dataDir);
    query = (text, values) => (values ? db.query(text, values) : db.exec(text));
    close = () => db.close();
  }
  await query(TABLE);
  const app = Fastify({ logger: false });
  app.post('/ceiling/answer', async (request) => {
    const b = request.body as Body;
    await query(INSERT, [b.attemptId, b.position, b.key, JSON.stringify(b.response), 1]);
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.on('message', (raw) => {
    const message = raw as ParentMessage;
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      send({
        type: 'stats',
        stats: {
          cpuUserMicros: cpu.user,
          cpuSystemMicros: cpu.system,
          rssBytes: memory.rss,
          heapUsedBytes: memory.heapUsed,
          maxRssBytes: process.resourceUsage().maxRSS * 1024,
          liveClients: 0,
          at: Date.now(),
        },
      });
    } else {
      void app
        .close()
        .then(close)
        .finally(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port, edition: null, eventDate: '', clockShiftMs: 0 });
}

main().catch((err: unknown) => {
  console.error(err);
  send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
