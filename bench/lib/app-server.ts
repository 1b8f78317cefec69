/**
 * Child-process entry of a benchmark app instance (started by app-process.ts): the same
 * start-up as `npm start` (prepareServer: database, migrations, job queue, app), the
 * benchmark edition when asked, then listen on a free loopback port and report.
 */
import { loadConfig } from '../../src/server/config.ts';
import { liveHub } from '../../src/server/modules/results/live-hub.ts';
import { prepareServer } from '../../src/server/server.ts';
import type { AppServerOptions, ChildMessage, ParentMessage, ProcessStats } from './app-process.ts';
import { benchWindow, seedBenchEdition } from './bench-edition.ts';

const send = (message: ChildMessage) => process.send?.(message);

async function main(): Promise<void> {
  const options = JSON.parse(process.env.BENCH_APP_OPTIONS ?? '{}') as AppServerOptions;
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    BASE_URL: 'http://127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: options.dataDir ?? '/nonexistent',
    SESSION_SECRET: options.sessionSecret,
    LOG_LEVEL: options.logLevel,
    DEMO_DATA: 'false',
    WORKERS: options.workers ? 'true' : 'false',
  });
  // Leave 20 minutes of window at least; near midnight the server clock is shifted (documented).
  const { eventDate, clockShiftMs } =
    options.clockShiftMs !== undefined
      ? { eventDate: '', clockShiftMs: options.clockShiftMs }
      : benchWindow(Date.now(), 20 * 60_000);
  const clock = clockShiftMs === 0 ? undefined : { now: () => new Date(Date.now() + clockShiftMs) };
  const server = await prepareServer(config, clock ? { clock } : {});
  const edition = options.seed
    ? await seedBenchEdition(server.ctx, options.seed, eventDate, (message) =>
        send({ type: 'progress', message }),
      )
    : null;
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 250);
  sampler.unref();

  process.on('message', (raw) => {
    const message = raw as ParentMessage;
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      const stats: ProcessStats = {
        cpuUserMicros: cpu.user,
        cpuSystemMicros: cpu.system,
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        maxRssBytes: Math.max(peakRss, process.resourceUsage().maxRSS * 1024),
        liveClients: liveHub(server.ctx).clientCount,
        at: Date.now(),
      };
      send({ type: 'stats', stats });
    } else if (message.type === 'stop') {
      void server
        .close()
        .catch(() => {})
        .finally(() => process.exit(0));
    }
  });
  // The benchmark went away (crashed or was interrupted): do not linger.
  process.on('disconnect', () => {
    void server
      .close()
      .catch(() => {})
      .finally(() => process.exit(0));
  });
  send({ type: 'ready', port, edition, eventDate, clockShiftMs });
}

main().catch((err: unknown) => {
  console.error(err);
  send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
