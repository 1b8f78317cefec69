import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server that `npm run dev` starts; Vite forwards API and auth calls to it. */
const apiServer = 'http://localhost:3000';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiServer,
      '/auth': apiServer,
      '/healthz': apiServer,
    },
  },
  preview: { port: 4173 },
});
