import path from 'node:path';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { buildWebAppIfStale, webBuildOptions, webDist } from './web-build.ts';

describe('building the web app for npm start', () => {
  it('builds from src/web into dist/web, whatever the working directory', async () => {
    const config = await resolveConfig(webBuildOptions(), 'build');
    expect(config.root).toBe(path.resolve(import.meta.dirname, '../src/web'));
    expect(path.resolve(config.root, config.build.outDir)).toBe(webDist);
  });

  it('leaves NODE_ENV as it was for the server that starts after the build', async () => {
    const before = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      // A required file that does not exist forces a real build.
      expect(await buildWebAppIfStale([path.join(webDist, 'no-such-file')])).toBe(true);
      expect(process.env.NODE_ENV).toBeUndefined();
    } finally {
      process.env.NODE_ENV = before;
    }
  }, 120_000);
});
