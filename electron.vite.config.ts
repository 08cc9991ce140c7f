import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { startupChunkGroups, bootChunkPlugin } from './renderer-boot.config';

// Three bundles: main (Node, ESM), preload (sandboxed, so CommonJS and fully bundled)
// and the renderer (served to the window from the app:// protocol).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.electron.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.electron.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react(), bootChunkPlugin()],
    build: {
      // electron-vite leaves output unminified by default; minified code parses faster at start-up.
      // TANDEM_PROFILE=1 keeps names readable for CPU profiles.
      minify: process.env.TANDEM_PROFILE !== '1',
      outDir: resolve('out/renderer'),
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        // The UI's start-up code in one chunk; see renderer-boot.config.ts.
        output: {
          codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: startupChunkGroups() }] },
        },
      },
    },
  },
});
