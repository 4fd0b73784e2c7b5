import { defineConfig } from 'vitest/config';

const ignore = ['node_modules/**', 'dist/**', '.data/**'];

/**
 * unit: pure code, no services. pg: needs a Postgres it starts itself (*.pg.test.ts).
 * stack: the whole product (Postgres + server + zero-cache), shared by every file of the run.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...ignore, '**/*.pg.test.ts', 'tests/**/*.stack.test.ts', 'tests/e2e/**'],
        },
      },
      {
        test: {
          name: 'pg',
          include: ['**/*.pg.test.ts'],
          exclude: ignore,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'stack',
          include: ['tests/**/*.stack.test.ts'],
          exclude: ignore,
          globalSetup: ['tests/support/vitest-global-stack.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One stack serves every file; running files one at a time keeps them from
          // stepping on each other's data and fits the 2-core machines.
          fileParallelism: false,
          // No retry: a test that fails once fails the run. Zero 1.9's lost confirmations (a
          // mutation committed whose `.server` promise never resolves) are answered by
          // tests/support/server-verdict.ts, which asks Postgres once a bound has passed.
        },
      },
    ],
  },
});
