import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/server/config.ts';
import { prepareServer, type RunningServer } from '../../../src/server/server.ts';

export interface E2eServer {
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

/**
 * Starts Wegwijs as `npm start` would (migrations, demo data, workers) on a fresh embedded
 * database, on a free loopback port. `DATABASE_URL` is ignored here: journeys always get
 * their own empty database so the demo data is loaded.
 */
export async function startE2eServer(): Promise<E2eServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wegwijs-e2e-'));
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  });
  const server = await prepareServer(config);
  await server.app.listen({ port, host: '127.0.0.1' });
  return {
    url: config.baseUrl,
    server,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
