import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const fakeElectron = resolve(__dirname, 'test/helpers/fake-electron.ts');

/**
 * Four projects, one run. `electron` always resolves to a recording fake: importing the real
 * package would start its binary download, which fails here and in CI.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { electron: fakeElectron } },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/renderer/**'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/renderer-setup.ts'],
        },
      },
      {
        resolve: { alias: { electron: fakeElectron } },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One browser at a time: two cores, and screenshots are easier to read in order.
          fileParallelism: false,
        },
      },
    ],
  },
});
