import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The API server that `npm run dev` starts; Vite forwards API and auth calls to it. */
const apiServer = 'http://localhost:3000';

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy next to every built script and stylesheet;
 * the server sends them to browsers that accept them (`preCompressed` in
 * src/server/app.ts). Without it the app sent its JavaScript uncompressed: about 1.2 MB
 * for the play page instead of under 300 kB (docs/performance.md, player page).
 */
function precompressAssets(): Plugin {
  let assetsDir = '';
  return {
    name: 'wegwijs-precompress-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = path.resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle() {
      // Also called after a failed build: then there is nothing to compress.
      if (!existsSync(assetsDir)) return;
      for (const name of readdirSync(assetsDir)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const file = path.join(assetsDir, name);
        const content = readFileSync(file);
        if (content.length < 1024) continue; // not worth a compressed copy
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompressAssets()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: which chunks each page loads. The benchmark
    // (bench/scenarios/player-page.ts) sums the play route's JavaScript from it. It names
    // only the public asset files, so that the static server also serves it does no harm.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically loads on every page anyway; as one file
          // instead of about twenty small shared chunks it costs one request, not several
          // rounds of them on a phone's connection (docs/performance.md, player page).
          groups: [{ name: 'app', tags: ['$initial'] }],
          // The small modules a lazy page shares with other pages (a Mantine component, an
          // icon, a helper) became separate files of 1–2 kB each: the play page waited for
          // 22 of them, six at a time, at 562 ms per request on a phone's connection. Copied
          // into each page's own chunk instead (docs/performance.md, player page).
          experimentalInlineCommonChunks: { maxSize: 16 * 1024 },
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiServer,
      '/auth': apiServer,
      '/healthz': apiServer,
      '/media': apiServer,
    },
  },
  preview: { port: 4173 },
});
