import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layer rules are read from the project's real eslint.config.js for a path in each layer,
// then applied to a deliberately violating snippet.
const projectLint = new ESLint({ cwd: process.cwd() });

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const config = (await projectLint.calculateConfigForFile(filePath)) as Linter.Config;
  const rules: Linter.RulesRecord = {};
  for (const name of ['no-restricted-imports', 'no-restricted-globals', 'tandem/import-boundaries']) {
    const rule = config.rules?.[name];
    if (rule !== undefined) rules[name] = rule;
  }
  const tandem = config.plugins?.tandem;
  const probe = new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    overrideConfig: {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parser: tseslint.parser },
      plugins: tandem ? { tandem } : {},
      rules,
    },
  });
  const [result] = await probe.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('architecture layer rules', () => {
  it('reports shared/ importing electron, node:* or React', async () => {
    const messages = await lintAs(
      'shared/schema/violation.ts',
      "import { app } from 'electron';\nimport { readFileSync } from 'node:fs';\nimport { useState } from 'react';\nexport const x = [app, readFileSync, useState];\n",
    );
    expect(messages).toEqual([
      expect.stringContaining('may not import electron'),
      expect.stringContaining('may not import Node built-ins'),
      expect.stringContaining('may not import React'),
    ]);
  });

  it('reports shared/ touching the DOM', async () => {
    const messages = await lintAs('shared/text/violation.ts', 'export const title = document.title;\n');
    expect(messages).toEqual([expect.stringContaining('no DOM globals')]);
  });

  it('reports renderer/ importing electron/ and electron/ importing renderer/', async () => {
    expect(
      await lintAs('renderer/src/violation.ts', "import '../../electron/main/index.electron';\n"),
    ).toEqual([expect.stringContaining('renderer/ may not import from electron/')]);
    expect(await lintAs('electron/main/violation.ts', "import '../../renderer/src/App';\n")).toEqual([
      expect.stringContaining('electron/ may not import from renderer/'),
    ]);
  });

  it('accepts shared/ code that uses only yjs and zod', async () => {
    expect(
      await lintAs(
        'shared/schema/fine.ts',
        "import * as Y from 'yjs';\nimport { z } from 'zod';\nexport const x = [Y, z];\n",
      ),
    ).toEqual([]);
  });
});

describe('one-way imports inside the renderer', () => {
  it('reports a feature importing app/, however deep the relative path', async () => {
    expect(
      await lintAs(
        'renderer/src/features/goals/violation.ts',
        "import { preloadPages } from '../../app/lazyPages';\nexport const x = preloadPages;\n",
      ),
    ).toEqual([expect.stringContaining('features/ sit below app/')]);
  });

  it("reports a feature reaching into another feature's files, and accepts its index", async () => {
    expect(
      await lintAs(
        'renderer/src/features/oneOnOnes/violation.ts',
        "import { nextReviewDate } from '../plans/planDates';\nimport '../plans/plans.css';\nexport const x = nextReviewDate;\n",
      ),
    ).toEqual([
      expect.stringContaining("import from '../plans' and export what it needs from features/plans/index.ts"),
      expect.stringContaining("import from '../plans'"),
    ]);
    expect(
      await lintAs(
        'renderer/src/features/print/fine.ts',
        "import { PlanProgressView } from '../plans';\nimport { PlanProgressView as again } from '../plans/index';\nimport { todayAt } from '../../ui/dates';\nexport const x = [PlanProgressView, again, todayAt];\n",
      ),
    ).toEqual([]);
  });

  it('reports services/, ui/ and data/ importing the layers above them', async () => {
    expect(
      await lintAs('renderer/src/services/violation.ts', "import '../features/journal/JournalPage';\n"),
    ).toEqual([expect.stringContaining('services/ sit below app/ and features/')]);
    expect(
      await lintAs('renderer/src/ui/violation.ts', "import '../services/AppServicesContext';\n"),
    ).toEqual([expect.stringContaining('ui/ sits below services/')]);
    expect(await lintAs('renderer/src/data/violation.ts', "import '../ui/toasts';\n")).toEqual([
      expect.stringContaining("data/ and i18n/ are the renderer's ground floor"),
    ]);
    expect(
      await lintAs(
        'renderer/src/services/fine.ts',
        "import '../ui/toasts';\nimport '../data/DocumentStore';\n",
      ),
    ).toEqual([]);
  });
});

describe('Electron stays in its adapters', () => {
  it('reports a run-time electron import outside a *.electron.ts file, and accepts one inside', async () => {
    expect(
      await lintAs(
        'electron/main/window/violation.ts',
        "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n",
      ),
    ).toEqual([expect.stringContaining('Only files named *.electron.ts import the electron module')]);
    expect(
      await lintAs(
        'electron/main/window/adapter.electron.ts',
        "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n",
      ),
    ).toEqual([]);
    expect(
      await lintAs(
        'electron/main/ipc/types.ts',
        "import type { WebContents } from 'electron';\nexport type X = WebContents;\n",
      ),
    ).toEqual([]);
  });

  it('reports Electron-free folders importing electron at all, even its types', async () => {
    for (const folder of ['mirror', 'sync', 'sharingLogic', 'backup', 'files']) {
      expect(
        await lintAs(
          `electron/main/${folder}/violation.ts`,
          "import type { WebContents } from 'electron';\nexport type X = WebContents;\n",
        ),
      ).toEqual([expect.stringContaining('Electron-free logic')]);
    }
  });

  it('reports a module that is not an adapter importing one at run time', async () => {
    expect(
      await lintAs(
        'electron/main/reminders/violation.ts',
        "import { createDesktopNotifier } from './desktopNotifier.electron';\nexport const x = createDesktopNotifier;\n",
      ),
    ).toEqual([expect.stringContaining('or a module that does')]);
    expect(
      await lintAs(
        'electron/main/reminders/start.electron.ts',
        "import { createDesktopNotifier } from './desktopNotifier.electron';\nexport const x = createDesktopNotifier;\n",
      ),
    ).toEqual([]);
  });
});

describe("main's services own their interfaces", () => {
  it('reports a service importing ipc/, types included, and accepts ipc/ and the wiring importing it', async () => {
    for (const file of ['electron/main/mirror/violation.ts', 'electron/main/print/violation.ts']) {
      expect(
        await lintAs(
          file,
          "import type { MainHandlerDeps } from '../ipc/handlers';\nexport type X = MainHandlerDeps;\n",
        ),
      ).toEqual([expect.stringContaining("Main's services sit below ipc/")]);
    }
    expect(
      await lintAs(
        'electron/main/ipc/fine.ts',
        "import type { MainHandlerDeps } from './handlers';\nimport type { MirrorStore } from '../mirror/mirrorStore';\nexport type X = [MainHandlerDeps, MirrorStore];\n",
      ),
    ).toEqual([]);
    expect(
      await lintAs(
        'electron/main/wiring.electron.ts',
        "import { createMainHandlers } from './ipc/handlers';\nexport const x = createMainHandlers;\n",
      ),
    ).toEqual([]);
  });
});
