import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 300_000,
    // Build-output tests run `astro build`; keep them from competing for the 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
