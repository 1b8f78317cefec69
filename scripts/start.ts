/**
 * `npm start`: builds the web app when its sources are newer than the last build, then
 * starts the server (which migrates, loads demo data into an empty database and listens).
 */
import { buildWebAppIfStale, webBuildIsStale } from './web-build.ts';

if (webBuildIsStale()) console.log('Building the web app (first start or changed sources)…');
await buildWebAppIfStale();

await import('../src/server/main.ts');
