import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // The site is built once (global-setup.ts) and every build test reads that build; tests
          // that run their own `astro build` (a bad entry…) go one file at a time: on two cores,
          // parallel whole builds only slow each other down.
          globalSetup: ['tests/build/global-setup.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // The same site build as the build tests (one build per run), served over http and
          // opened in Debian's Chromium (tests/helpers/browser.ts).
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
