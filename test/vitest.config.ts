import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { factBasePlugin } from '../scripts/vite/fact-base-plugin';
import { lazyDexiePlugin } from '../scripts/vite/lazy-dexie-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Three tiers, each a Vitest project:
 * - unit: pure core and data, in Node (the bulk of the tests);
 * - dom: DOM adapters and Preact UI, in happy-dom;
 * - e2e: the built extension in real Chromium and Firefox (run after `npm run build`).
 */
export default defineConfig({
  root,
  plugins: [preact(), factBasePlugin(`${root}src/data/`), lazyDexiePlugin(root)],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Property tests and 10 000-record tests take seconds on a loaded 2-core machine; a timeout is not an assertion.
          testTimeout: 30_000,
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/support/fast-check-seed.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Real browsers on a 2-core machine: one file at a time.
          maxWorkers: 1,
        },
      },
    ],
  },
});
