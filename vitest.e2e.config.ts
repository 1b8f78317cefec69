import { defineConfig } from 'vitest/config';

/** Browser journeys: real server, real Chromium. Files run one after another (one browser at a time). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
