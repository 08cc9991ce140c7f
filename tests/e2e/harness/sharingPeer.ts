import { startAtRest } from '../../../electron/main/atRest/startAtRest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Testnet } from 'hyperdht/testnet';
import type { Page } from 'playwright-core';
import { createMainHandlers } from '../../../electron/main/ipc/handlers';
import type { PdfExportService } from '../../../electron/main/print/exportPlanPdf';
import { invokeHandler } from '../../../electron/main/ipc/invokeHandler';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import type { SecretProtector } from '../../../electron/main/sharingLogic/identity';
import { mirroredDocIds } from '../../../electron/main/mirror/docFolder';
import {
  startSharingRuntime,
  type SharedDht,
  type SharingRuntime,
} from '../../../electron/main/sharingWiring/sharingRuntime';
import { startAppServer } from './appServer';
import { launchChromium, type LaunchOptions } from './browser';
import { HarnessEventHub } from './eventHub';
import type { StaticServer } from './staticServer';
import { installPreloadStandIn } from './tandemBridge';

/**
 * One complete Tandem installation for sharing tests: the built renderer in its own Chromium
 * profile, and its own main process in Node — the real IPC handlers over a real disk mirror,
 * with sharing wired as the app wires it (sharingRuntime: identity, invitations, consent,
 * pairing and the sync engine) on a node of a loopback HyperDHT testnet. Main's events reach
 * the page through the preload stand-in. Only the OS keystore is stood in for (Node has no
 * safeStorage): `testKeystore` seals secrets reversibly, as a keystore would.
 */

export const testKeystore: SecretProtector = {
  isAvailable: () => Promise.resolve(true),
  encrypt: (plain) => Promise.resolve(Buffer.from(plain.map((b) => b ^ 0x5a))),
  decrypt: (sealed) => Promise.resolve({ plain: Buffer.from(sealed.map((b) => b ^ 0x5a)), reseal: false }),
};

export interface SharingPeer {
  name: string;
  page: Page;
  appUrl: string;
  server: StaticServer;
  runtime: SharingRuntime;
  events: HarnessEventHub;
  /** Page errors and console errors, for tests to assert there were none. */
  pageErrors: string[];
  /** What main logged (connection resets, pairing notes). */
  logs: string[];
  /** What the page copied through main, newest last (main's `clipboard.writeText`). */
  clipboard: string[];
  /** What main's PDF export does on this installation (none until a test sets one). */
  setPdfService(service: PdfExportService | null): void;
  close(): Promise<void>;
}

export async function startSharingPeer(
  name: string,
  testnet: Testnet,
  launch: LaunchOptions = {},
): Promise<SharingPeer> {
  const cleanups: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    const server = await startAppServer();
    cleanups.push(() => server.close());
    const userDataDir = await mkdtemp(join(tmpdir(), `tandem-e2e-${name}-`));
    cleanups.push(() => rm(userDataDir, { recursive: true, force: true, maxRetries: 3 }));
    const atRest = startAtRest({
      userDataDir,
      protector: testKeystore,
      sealMirror: (onProgress) => mirror.sealLegacyDocuments(onProgress),
      log: () => undefined,
    });
    const mirror = new DocumentMirror({
      documentsDir: join(userDataDir, 'documents'),
      cipher: atRest.mirrorCipher,
    });
    cleanups.push(() => mirror.whenIdle());
    const events = new HarnessEventHub();
    const logs: string[] = [];
    const runtime = await startSharingRuntime({
      sharingDir: join(userDataDir, 'sharing'),
      protector: testKeystore,
      createDht: () => testnet.createNode() as unknown as SharedDht,
      mirror,
      events,
      log: (message) => logs.push(message),
      pairingTimeoutMs: 15_000,
      backoff: { initialMs: 250, maxMs: 2000 },
      localDocumentIds: () => mirroredDocIds(join(userDataDir, 'documents')),
    });
    cleanups.push(() => runtime.close());
    const clipboard: string[] = [];
    let pdfService: PdfExportService | null = null;
    const noPdf = () =>
      Promise.resolve({
        status: 'failed' as const,
        message: 'Saving a PDF is not available in this window.',
      });
    const handlers = createMainHandlers({
      pdf: {
        exportPlan: (args) => pdfService?.exportPlan(args) ?? noPdf(),
        exportMeeting: (args) => pdfService?.exportMeeting?.(args) ?? noPdf(),
      },
      atRest: atRest.keys,
      appInfo: { name: 'Tandem', version: '0.0.0-e2e', platform: process.platform },
      mirror: runtime.mirror,
      openExternal: () => Promise.resolve(),
      clipboard: {
        writeText: (text) => {
          clipboard.push(text);
          return Promise.resolve();
        },
      },
      sharing: runtime.service,
      presence: runtime.presence,
    });
    const browser = await launchChromium(launch);
    cleanups.push(() => browser.close());
    cleanups.push(() => Promise.resolve(events.close()));
    await installPreloadStandIn(
      browser.context,
      (channel, rawArgs, sender) => invokeHandler(handlers, channel, rawArgs, sender, [server.origin]),
      events,
    );
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (message.location().url.endsWith('/favicon.ico')) return;
      pageErrors.push(`console.error: ${message.text()}`);
    });
    return {
      name,
      page,
      appUrl: `${server.origin}/`,
      server,
      runtime,
      events,
      pageErrors,
      logs,
      clipboard,
      setPdfService: (service) => {
        pdfService = service;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
