import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds bench/stockPage (stock y-indexeddb + yjs, nothing else, minified like the app) into a
 * temporary folder; the benchmark serves it on the app's origin so it reads the same data.
 */
export async function buildStockPage(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'tandem-bench-stock-'));
  const root = join(import.meta.dirname, 'stockPage');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { index: join(root, 'index.html'), seed: join(root, 'seed.html') } },
    },
  });
  return outDir;
}
