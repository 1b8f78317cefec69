import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, runMigrations } from './db/client.ts';
import { type AppContext, type Clock, createContext } from './lib/context.ts';
import { type DemoLogin, isEmpty, seedDemo } from './modules/demo/seed.ts';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  demoLogins: DemoLogin[];
  close(): Promise<void>;
}

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}

/**
 * Everything `npm start` does before listening: open the database, apply migrations,
 * load demo data into an empty database, start the job queue, build the app.
 */
export async function prepareServer(
  config: Config,
  options: { clock?: Clock; log?: Logger } = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  await runMigrations(database);
  const ctx = createContext(config, database, log, options.clock);
  let demoLogins: DemoLogin[] = [];
  if (config.demoData && (await isEmpty(ctx))) demoLogins = await seedDemo(ctx);
  await ctx.jobs.start(config.workers);
  const app = await buildApp(ctx);
  return {
    app,
    ctx,
    demoLogins,
    async close() {
      await app.close();
      await ctx.jobs.stop();
      ctx.mailer.close();
      await database.close();
    },
  };
}
