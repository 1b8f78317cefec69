import path from 'node:path';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { webBuildOptions, webDist } from './web-build.ts';

describe('building the web app for npm start', () => {
  it('builds from src/web into dist/web, whatever the working directory', async () => {
    const config = await resolveConfig(webBuildOptions(), 'build');
    expect(config.root).toBe(path.resolve(import.meta.dirname, '../src/web'));
    expect(path.resolve(config.root, config.build.outDir)).toBe(webDist);
  });
});
