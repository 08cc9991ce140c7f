import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { bootChunkPlugin, bootViolation, startupChunkGroups } from '../../renderer-boot.config';

/**
 * The renderer's start-up bundling (renderer-boot.config.ts) on a small app shaped like ours:
 * main.ts opens the store and imports startApp; a page is loaded on first use and shares a
 * module with startApp.
 */

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function fixture(startApp: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-boot-chunk-'));
  dirs.push(root);
  const files: Record<string, string> = {
    'index.html': '<!doctype html><div id="root"></div><script type="module" src="./src/main.ts"></script>',
    'src/main.ts':
      "import { openStore } from './store';\nconst store = openStore();\nvoid import('./app/startApp').then((m) => m.startApp(store));\n",
    'src/store.ts': "export const openStore = () => ({ opened: 'STORE_MODULE' });\n",
    'src/app/startApp.ts': startApp,
    'src/app/app.css': '.shell { color: rebeccapurple; }\n',
    'src/features/journal/list.ts': "export const journalList = () => 'JOURNAL_LIST_MODULE';\n",
    'src/features/plans/PlansPage.ts':
      "import { journalList } from '../journal/list';\nexport const plansPage = () => 'PLANS_PAGE_MODULE' + journalList();\n",
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, 'renderer', path)), { recursive: true });
    await writeFile(join(root, 'renderer', path), text);
  }
  return join(root, 'renderer');
}

const START_APP = `import { journalList } from '../features/journal/list';
import './app.css';
export function startApp(store: unknown) {
  document.body.dataset.list = journalList() + String(store);
  document.body.onclick = () => void import('../features/plans/PlansPage').then((m) => m.plansPage());
}
`;

async function buildFixture(root: string): Promise<Map<string, string>> {
  const modules = { entry: join(root, 'src/main.ts'), boot: join(root, 'src/app/startApp.ts') };
  const outDir = join(root, 'out');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    plugins: [bootChunkPlugin(modules)],
    build: {
      outDir,
      minify: false,
      rollupOptions: {
        input: join(root, 'index.html'),
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [{ name: startupChunkGroups(modules) }],
          },
        },
      },
    },
  });
  const out = new Map<string, string>();
  out.set('index.html', await readFile(join(outDir, 'index.html'), 'utf8'));
  for (const file of await readdir(join(outDir, 'assets'))) {
    out.set(file, await readFile(join(outDir, 'assets', file), 'utf8'));
  }
  return out;
}

const holding = (files: Map<string, string>, marker: string) =>
  [...files].filter(([name, text]) => name !== 'index.html' && text.includes(marker)).map(([name]) => name);

describe('start-up bundling', () => {
  it('puts what startApp needs in one chunk with one stylesheet, shared with a later page or not', async () => {
    const files = await buildFixture(await fixture(START_APP));
    const [bootChunk, ...others] = holding(files, 'JOURNAL_LIST_MODULE');
    expect(others).toEqual([]);
    expect(bootChunk).toMatch(/^startApp-.*\.js$/);
    expect(holding(files, 'PLANS_PAGE_MODULE')).not.toContain(bootChunk);
    expect(holding(files, 'STORE_MODULE')).toEqual([expect.stringMatching(/^index-.*\.js$/)]);
    const css = [...files.keys()].filter((name) => name.endsWith('.css'));
    expect(css).toEqual([expect.stringMatching(/^startApp-.*\.css$/)]);
  });

  it('fails the build, naming the import chain, when a page is imported statically at start-up', async () => {
    const root = await fixture(
      `import { plansPage } from '../features/plans/PlansPage';\n${START_APP}\nexport const eager = plansPage;\n`,
    );
    await expect(buildFixture(root)).rejects.toThrow(
      /the plans feature: .*src\/app\/startApp\.ts → .*src\/features\/plans\/PlansPage\.ts/,
    );
  });

  it('allows the journal’s features and libraries, and nothing else', () => {
    expect(bootViolation('/w/renderer/src/features/journal/JournalList.tsx')).toBeNull();
    expect(bootViolation('/w/renderer/src/features/search/SearchField.tsx')).toBeNull();
    expect(bootViolation('/w/renderer/src/app/AppShell.tsx')).toBeNull();
    expect(bootViolation('/w/node_modules/react-dom/cjs/react-dom-client.production.js')).toBeNull();
    expect(bootViolation('/w/renderer/src/features/sharing/SharingPage.tsx')).toBe('the sharing feature');
    expect(bootViolation('/w/node_modules/@tiptap/core/dist/index.js')).toBe('the library @tiptap/core');
    expect(bootViolation('/w/node_modules/yaml/browser/dist/index.js')).toBe('the library yaml');
    expect(bootViolation('/w/shared/schema/vault.ts')).toBeNull();
    expect(bootViolation('/w/shared/export/markdown.ts')).toBe('shared/export');
  });
});
