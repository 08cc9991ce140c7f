import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';

/** The parts of @doyensec/csp-evaluator (untyped, the engine of the scanner's CSP check) used here. */
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (
    csp: unknown,
    version: unknown,
  ) => { evaluate(): { severity: number; directive: string; description: string }[] };
  Version: { CSP3: unknown };
  severities: { HIGH: number; MEDIUM: number };
}

/**
 * Electronegativity (Doyensec's Electron security scanner) over the electron/ sources, as
 * docs/ARCHITECTURE.md (Testing layers) and issue 7 ask: fail on any MEDIUM- or HIGH-severity finding.
 *
 * Four lines are marked `eng-disable` after review (three openExternal calls that only ever see
 * a URL toSafeExternalUrl allowed, and the preload path of the main window); a test below
 * strips those markers and shows the scanner then reports exactly those lines, so the markers
 * hide nothing else. The CSP is sent as a computed header the scanner cannot read, so its
 * global CSP check is replaced by running the same evaluator on the exact header string.
 *
 * The scanner fetches translations and Electron's release list over the network. Neither
 * changes what it finds in our code, so the check that needs the release list is excluded
 * and its HTTP client is replaced by one that fails at once: the scan is offline and fast.
 */

const ELECTRON_VERSION = '45.5.0';
const require = createRequire(import.meta.url);

const resultSchema = z.object({
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
  issues: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      severity: z.object({ name: z.string() }),
      location: z.object({ line: z.number() }),
    }),
  ),
});
type ScanResult = z.infer<typeof resultSchema>;

let scanner: (options: object, forCli: boolean) => Promise<unknown>;

beforeAll(() => {
  const entry = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(entry).resolve('got');
  const offline = (): Promise<never> => Promise.reject(new Error('offline: network is not used in tests'));
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = Object.assign(offline, { head: offline });
  require.cache[gotPath] = stub;
  scanner = require(entry) as typeof scanner;
  // It reports its (failed) translation download on stdout.
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterAll(() => {
  vi.restoreAllMocks();
});

async function scan(input: string, output?: string): Promise<ScanResult> {
  const raw = await scanner(
    {
      input,
      electronVersionOverride: ELECTRON_VERSION,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck', 'CSPGlobalCheck'],
      isRelative: true,
      output,
      isSarif: output !== undefined,
    },
    false,
  );
  return resultSchema.parse(raw);
}

const describeHigh = (result: ScanResult): string[] =>
  result.issues.filter((i) => i.severity.name === 'HIGH').map((i) => `${i.id} ${i.file}:${i.location.line}`);

const describeMediumOrHigh = (result: ScanResult): string[] =>
  result.issues
    .filter((i) => i.severity.name === 'HIGH' || i.severity.name === 'MEDIUM')
    .map((i) => `${i.id} ${i.file}`);

/** Copies electron/ into `dir` with every `eng-disable` marker removed. */
async function copyWithoutMarkers(from: string, dir: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(dir, relative(from, source));
    await mkdir(dirname(target), { recursive: true });
    const text = await readFile(source, 'utf8');
    await writeFile(target, text.replace(/\/\/ eng-disable .*$/gm, ''));
  }
}

describe('electronegativity', () => {
  it('finds no HIGH-severity issue in electron/ and writes SARIF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-scan-'));
    try {
      const sarifPath = join(dir, 'electronegativity.sarif');
      const result = await scan('electron', sarifPath);
      expect(result.errors).toEqual([]);
      expect(describeMediumOrHigh(result)).toEqual([]);
      const sarif = z
        .object({ version: z.literal('2.1.0'), runs: z.array(z.object({ results: z.array(z.unknown()) })) })
        .parse(JSON.parse(await readFile(sarifPath, 'utf8')));
      expect(sarif.runs[0]?.results.length).toBe(result.issues.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports exactly the four reviewed lines once their eng-disable markers are removed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-scan-unmarked-'));
    try {
      await copyWithoutMarkers('electron', dir);
      const found = describeMediumOrHigh(await scan(dir)).sort();
      expect(found).toEqual(
        [
          'OPEN_EXTERNAL_JS_CHECK main/ipc/handlers.ts',
          'OPEN_EXTERNAL_JS_CHECK main/mainProcess.electron.ts',
          'OPEN_EXTERNAL_JS_CHECK main/security/webContentsGuards.ts',
          'PRELOAD_JS_CHECK main/window/mainWindow.electron.ts',
        ].sort(),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('finds no high or medium weakness in the Content-Security-Policy header the app sends', () => {
    const evaluator = require('@doyensec/csp-evaluator') as CspEvaluatorModule;
    const parsed = new evaluator.CspParser(CONTENT_SECURITY_POLICY).csp;
    const findings = new evaluator.CspEvaluator(parsed, evaluator.Version.CSP3).evaluate();
    const serious = findings.filter((f) => f.severity <= evaluator.severities.MEDIUM);
    expect(serious.map((f) => `${f.directive}: ${f.description}`)).toEqual([]);
    // The evaluator does judge: a policy allowing inline scripts is reported.
    const weak = new evaluator.CspParser("script-src 'self' 'unsafe-inline'").csp;
    const weakFindings = new evaluator.CspEvaluator(weak, evaluator.Version.CSP3).evaluate();
    expect(weakFindings.some((f) => f.severity <= evaluator.severities.MEDIUM)).toBe(true);
  });

  it('does flag an insecure window, so a clean result means something', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-scan-bad-'));
    try {
      await writeFile(
        join(dir, 'insecure.ts'),
        [
          "import { BrowserWindow } from 'electron';",
          'export const win = new BrowserWindow({',
          '  webPreferences: { contextIsolation: false, nodeIntegration: true, sandbox: false },',
          '});',
        ].join('\n'),
      );
      const high = describeHigh(await scan(dir));
      expect(high.some((f) => f.startsWith('CONTEXT_ISOLATION_JS_CHECK'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
