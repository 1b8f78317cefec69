import { ConfigError, loadConfig } from './config.ts';
import { formatDemoLogins } from './modules/demo/seed.ts';
import { prepareServer } from './server.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await prepareServer(config);
  await server.app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL server' : `embedded PostgreSQL in ${config.dataDir}`;
  console.log(`\nWegwijs is running at ${config.baseUrl} (database: ${where})`);
  if (server.demoLogins.length > 0) console.log(formatDemoLogins(server.demoLogins, config.baseUrl));
  else if (config.demoData) console.log(`Demo data was loaded earlier; see the README for the demo log-ins.`);
  console.log(`API documentation: ${config.baseUrl}/api/docs\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.ctx.log.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  console.error(err);
  process.exit(1);
});
