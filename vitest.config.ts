import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One run, several runtimes: shared/ and Electron-free main code in Node, the renderer in jsdom,
// end-to-end tests in Node driving Debian's Chromium.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/electron/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/bench/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
          setupFiles: ['tests/renderer/setup.ts'],
          // A safety net, not a speed check (those are in `npm run bench`): tests that type whole
          // entries with user-event take 2.5–4 s in CI on two shared cores, close to the default 5 s.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // Two real peers over a HyperDHT testnet on 127.0.0.1 (no network mocks).
          name: 'sync',
          environment: 'node',
          include: ['tests/sync/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // What ships: the files `npm run build` wrote to out/, executed as Electron would run
          // them (main with a stand-in for the electron module, the preload sandboxed, the app
          // in Chromium), and packaged by electron-builder against a stand-in Electron.
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
