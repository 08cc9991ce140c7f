import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/ARCHITECTURE.md, Inside main: logic that does not need Electron lives in modules that do
 * not import it, so it runs in plain Node. The e2e harness depends on exactly these modules, so their whole import
 * graph is walked here: only `import type` may mention electron. (In plain Node a runtime
 * `import 'electron'` does not fail loudly without the binary, so the other tests alone would
 * not notice.)
 */

const electronFreeEntries = [
  'electron/main/ipc/handlers.ts',
  'electron/main/ipc/invokeHandler.ts',
  'electron/main/ipc/registerIpcHandlers.ts',
  'electron/main/mirror/DocumentMirror.ts',
  'electron/main/protocol/rendererFiles.ts',
  'electron/main/security/csp.ts',
  'electron/main/security/urls.ts',
  'electron/main/window/windowState.ts',
  'electron/main/window/windowStatePersistence.ts',
  'electron/main/menu/menuTemplate.ts',
  'electron/main/appLifecycle.ts',
  'electron/preload/tandemApi.ts',
  'electron/preload/tandemEvents.ts',
  'electron/main/mainEventSink.ts',
  'electron/main/sharingWiring/sharingRuntime.ts',
];

const importPattern = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm;
const bareImportPattern = /^\s*import\s+['"]([^'"]+)['"]/gm;

function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(importPattern)) {
    if (match[2] === undefined) specifiers.push(match[3]!);
  }
  for (const match of source.matchAll(bareImportPattern)) specifiers.push(match[1]!);
  return specifiers;
}

function electronImportsReachableFrom(entry: string): string[] {
  const seen = new Set<string>();
  const offenders: string[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier === 'electron' || specifier.startsWith('electron/')) offenders.push(file);
      // JSON (message catalogues) imports nothing.
      if (specifier.startsWith('.') && !specifier.endsWith('.json'))
        visit(resolve(dirname(file), `${specifier}.ts`));
    }
  };
  visit(resolve(entry));
  return offenders;
}

describe('Electron-free modules', () => {
  it.each(electronFreeEntries)('%s reaches no runtime electron import', (entry) => {
    expect(electronImportsReachableFrom(entry)).toEqual([]);
  });

  it('the walker does see a runtime electron import (the adapters have them)', () => {
    expect(electronImportsReachableFrom('electron/main/mainProcess.electron.ts')).toContain(
      resolve('electron/main/mainProcess.electron.ts'),
    );
    expect(electronImportsReachableFrom('electron/main/window/mainWindow.electron.ts')).toEqual([
      resolve('electron/main/window/mainWindow.electron.ts'),
    ]);
  });
});
