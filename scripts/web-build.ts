/**
 * Building the web app on demand, shared by `npm start` (scripts/start.ts) and the
 * benchmark: rebuild when there is no build yet or its sources are newer than it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { InlineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
export const webDist = path.join(root, 'dist/web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** True when there is no build, a file it needs is missing, or a source is newer than it. */
export function webBuildIsStale(alsoRequired: string[] = []): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index) || alsoRequired.some((file) => !existsSync(file))) return true;
  const built = statSync(index).mtimeMs;
  const sources = [path.join(root, 'src/web'), path.join(root, 'vite.config.ts')];
  return sources.some(
    (s) => existsSync(s) && (statSync(s).isDirectory() ? newestMtime(s) : statSync(s).mtimeMs) > built,
  );
}

/**
 * Vite's options for a build from any working directory. The config's `root` is src/web
 * (index.html and the relative outDir live there); an inline `root` replaces it, so it must
 * name the same folder, never the repository root.
 */
export function webBuildOptions(): InlineConfig {
  return {
    configFile: path.join(root, 'vite.config.ts'),
    root: path.join(root, 'src/web'),
    logLevel: 'warn',
  };
}

/** Builds the web app when stale; returns whether it built. */
export async function buildWebAppIfStale(alsoRequired: string[] = []): Promise<boolean> {
  if (!webBuildIsStale(alsoRequired)) return false;
  const { build } = await import('vite');
  // Vite sets NODE_ENV=production for the build when it is unset; the server started after
  // it in the same process must still see what the user set (development by default).
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build(webBuildOptions());
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
