import { resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

/**
 * How the renderer's start-up code is bundled (used by electron.vite.config.ts).
 *
 * main.ts starts the vault read, then imports the UI (startApp). The journal waits for the later
 * of the two, and the UI's code used to arrive last, so:
 * - start-up is two chunks: main.ts's (Yjs, the document store) and startApp's, with one CSS
 *   file. Left to the default splitting they were 7 scripts and 2 stylesheets (modules shared
 *   with later pages get chunks of their own), and browsers fetch six files at a time per host;
 * - the build fails when code that the first screen does not need lands in startApp's chunk, so
 *   new pages and panels stay loaded on first use (app/lazyPages.tsx, ui/lazyModule.ts).
 * (Listing startApp's chunk in index.html as a modulepreload was measured too: its download then
 * competes with main.ts's and the vault read starts ~20 ms later, for no earlier UI.)
 */

export interface StartupModules {
  /** The page's entry module: it starts the vault read. */
  entry: string;
  /** The module the entry imports dynamically to show the UI. */
  boot: string;
}

export const RENDERER_STARTUP: StartupModules = {
  entry: resolve('renderer/src/main.ts'),
  boot: resolve('renderer/src/app/startApp.tsx'),
};

/**
 * Features the first screen needs: the journal list and its search, first run. (The app's
 * services, renderer/src/services, are start-up code by nature.) Anything else under
 * renderer/src/features belongs in a page or panel loaded on first use.
 */
const BOOT_FEATURES = new Set(['journal', 'search', 'onboarding']);

/** Shared code the first screen needs: schemas, templates, text and search helpers. */
const BOOT_SHARED = new Set(['schema', 'journal', 'text', 'search', 'i18n']);

/** Libraries the first screen needs (besides main.ts's own, such as Yjs and its lib0). */
const BOOT_PACKAGES = new Set([
  'lib0',
  'react',
  'react-dom',
  'scheduler',
  'react-router',
  'lucide-react',
  'zod',
  'minisearch',
  // The first frame is in the person's language: react-intl and FormatJS's message formatting.
  'react-intl',
  '@formatjs/intl',
  '@formatjs/fast-memoize',
  '@formatjs/icu-messageformat-parser',
  '@formatjs/icu-skeleton-parser',
  '@formatjs/ecma402-abstract',
  'intl-messageformat',
  'tslib',
]);

const RUNTIME_MODULE = '\0rolldown/runtime.js';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Module ids `root` imports statically, directly or not (itself included). */
function staticImports(root: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * For `output.codeSplitting.groups[].name`: `index` for what the entry imports (and the
 * bundler's runtime helpers), `startApp` for everything else the boot module imports; null
 * (default splitting) for modules only later pages use. Later pages import from these chunks.
 * (Through a package's index, a library's modules used only by later pages can land in
 * `startApp` too, e.g. their icons: small, and they are left out of start-up work anyway.)
 */
export function startupChunkGroups(
  modules: StartupModules = RENDERER_STARTUP,
): (id: string, graph: ModuleGraph) => string | null {
  let entry: Set<string> | null = null;
  let boot: Set<string> | null = null;
  return (id, graph) => {
    entry ??= staticImports(modules.entry, graph).add(RUNTIME_MODULE);
    boot ??= staticImports(modules.boot, graph);
    if (entry.has(id)) return 'index';
    return boot.has(id) ? 'startApp' : null;
  };
}

/** Why a module may not be part of start-up, or null when it may. */
export function bootViolation(id: string): string | null {
  const path = id.replaceAll('\\', '/');
  const inPackage = path.split('/node_modules/');
  if (inPackage.length > 1) {
    const [scopeOrName = '', name = ''] = (inPackage.at(-1) ?? '').split('/');
    const pkg = scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
    return BOOT_PACKAGES.has(pkg) ? null : `the library ${pkg}`;
  }
  const feature = /\/renderer\/src\/features\/([^/]+)\//.exec(path)?.[1];
  if (feature !== undefined) return BOOT_FEATURES.has(feature) ? null : `the ${feature} feature`;
  const shared = /\/shared\/([^/]+)\//.exec(path)?.[1];
  return shared === undefined || BOOT_SHARED.has(shared) ? null : `shared/${shared}`;
}

/** How the boot module reaches `id`: a shortest chain of static imports. */
function importChain(from: string, id: string, graph: ModuleGraph): string[] {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined && !cameFrom.has(id); at = queue.shift()) {
    for (const next of graph.getModuleInfo(at)?.importedIds ?? []) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, at);
      queue.push(next);
    }
  }
  const chain: string[] = [];
  for (let at: string | null | undefined = id; at; at = cameFrom.get(at)) chain.unshift(at);
  return chain.map((m) => m.replace(`${resolve('.')}/`, ''));
}

/** The chunk built around the boot module. */
function bootChunk(bundle: Rolldown.OutputBundle, boot: string): Rolldown.OutputChunk {
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && file.moduleIds.includes(boot)) return file;
  }
  throw new Error(`tandem:boot-chunk: no chunk holds ${boot}`);
}

/** Fails the build when the boot module's chunk holds code the first screen does not need. */
export function bootChunkPlugin(modules: StartupModules = RENDERER_STARTUP): Plugin {
  return {
    name: 'tandem:boot-chunk',
    apply: 'build',
    generateBundle(_options, bundle) {
      const problems = bootChunk(bundle, modules.boot).moduleIds.flatMap((id) => {
        const why = bootViolation(id);
        return why === null ? [] : [`${why}: ${importChain(modules.boot, id, this).join(' → ')}`];
      });
      if (problems.length === 0) return;
      this.error(
        `Start-up would load code the journal's first screen does not need. Load it on first use ` +
          `(renderer/src/app/lazyPages.tsx for pages, LazyModule for panels), or, if the first ` +
          `screen really needs it, add it to BOOT_FEATURES, BOOT_SHARED or BOOT_PACKAGES in ` +
          `renderer-boot.config.ts.\n  ${problems.slice(0, 8).join('\n  ')}`,
      );
    },
  };
}
