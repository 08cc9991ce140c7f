import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAtRest, type AtRest } from '../../../electron/main/atRest/startAtRest';
import type { SecretProtector } from '../../../electron/main/sharingLogic/identity';
import { BackupExportService } from '../../../electron/main/backup/BackupService';
import type { FileDialogs } from '../../../electron/main/backup/fileDialogs';
import { MirrorSlot } from '../../../electron/main/mirror/mirrorSlot';
import { createMainHandlers } from '../../../electron/main/ipc/handlers';
import { answerSync, createSyncHandlers, syncChannels } from '../../../electron/main/ipc/syncHandlers';
import { startLocale } from '../../../electron/main/i18n/localeService';
import { type PdfExportService } from '../../../electron/main/print/exportPlanPdf';
import { type MainHandlers } from '../../../shared/ipc/contract';
import { invokeHandler } from '../../../electron/main/ipc/invokeHandler';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import type { BridgeAnswerSync, BridgeInvoke } from './tandemBridge';

/**
 * The main process's IPC side, run in Node: the real handlers (`createMainHandlers`) over the
 * real durable disk mirror in a temporary userData folder, encrypted at rest as the app does,
 * reached through the real `invokeHandler` (channel, sender frame, origin and argument checks).
 * Only Electron's own services are stood in for: `shell.openExternal` records the URL instead
 * of launching a browser, and the OS keystore (safeStorage) is `harnessKeystore`.
 */

/** Plays the OS keystore (Node has no safeStorage): the stored key differs from the key. */
export const harnessKeystore: SecretProtector = {
  isAvailable: () => Promise.resolve(true),
  encrypt: (plain) => Promise.resolve(Buffer.concat([Buffer.from('keystore:'), plain.map((b) => b ^ 0xa5)])),
  decrypt: (sealed) =>
    Promise.resolve({ plain: Buffer.from(sealed.subarray(9).map((b) => b ^ 0xa5)), reseal: false }),
};

const packageJson = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'),
) as {
  name: string;
  productName?: string;
  version: string;
};

export interface HarnessMainProcess {
  handlers: MainHandlers;
  mirror: MirrorSlot<DocumentMirror>;
  /** Paths the save and open dialogs answer with next, in order (none left: the person cancels). */
  dialogAnswers: { save: string[]; open: string[] };
  /** The data key and the mirror's cipher, as main starts them. */
  atRest: AtRest;
  /** `<userData>`; the mirror keeps documents in `<userData>/documents`. */
  userDataDir: string;
  /** URLs the app asked the OS to open. */
  openedExternally: string[];
  backgroundErrors: { docId: string; error: Error }[];
  /** Origins allowed to call; the harness adds the test server's origin once it is known. */
  trustedOrigins: string[];
  invoke: BridgeInvoke;
  /** Main's synchronous channel (the preload's `sendSync`), with the same checks. */
  answerSync: BridgeAnswerSync;
  /**
   * Plugs in plan-to-PDF (Electron's is a hidden window; a test can print with Playwright).
   * Until then export answers that it is not available, as the handlers do without one.
   */
  setPdfService(service: PdfExportService | null): void;
  close(): Promise<void>;
}

export interface MainProcessOptions {
  trustedOrigins?: string[];
  /** Reuse this userData folder (a restart); `close()` still removes it unless `keepUserData`. */
  userDataDir?: string;
  keepUserData?: boolean;
  keystore?: SecretProtector;
  /**
   * The journal will be seeded in plain text before the window first opens (as a journal from
   * before encryption would be): the window seals it on its first start.
   */
  legacyJournal?: boolean;
}

export async function startMainProcess(options: MainProcessOptions = {}): Promise<HarnessMainProcess> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'tandem-e2e-userdata-')));
  const openedExternally: string[] = [];
  const backgroundErrors: HarnessMainProcess['backgroundErrors'] = [];
  const trustedOrigins = [...(options.trustedOrigins ?? [])];
  const atRest = startAtRest({
    userDataDir,
    protector: options.keystore ?? harnessKeystore,
    sealMirror: (onProgress) => mirror.current.sealLegacyDocuments(onProgress),
    log: () => undefined,
    ...(options.legacyJournal ? { hasLegacyData: () => Promise.resolve(true) } : {}),
  });
  const mirror = new MirrorSlot(
    () =>
      new DocumentMirror({
        documentsDir: join(userDataDir, 'documents'),
        cipher: atRest.mirrorCipher,
        onBackgroundError: (docId, error) => backgroundErrors.push({ docId, error }),
      }),
  );
  // Native dialogs are scripted; export, backup and restore run the real service behind them.
  const dialogAnswers: HarnessMainProcess['dialogAnswers'] = { save: [], open: [] };
  const dialogs: FileDialogs = {
    chooseSavePath: () => Promise.resolve(dialogAnswers.save.shift() ?? null),
    chooseOpenPath: () => Promise.resolve(dialogAnswers.open.shift() ?? null),
  };
  const appName = packageJson.productName ?? packageJson.name;
  let pdfService: PdfExportService | null = null;
  // Main's language choice, kept in userData as the app keeps it (the window follows it on start).
  const locale = await startLocale({ userDataDir, preferredLanguages: () => ['en-GB'] });
  const handlers = createMainHandlers({
    locale: locale.service,
    atRest: atRest.keys,
    recovery: atRest.keys,
    // The same values Electron's `app.getName()`/`app.getVersion()` read from package.json.
    appInfo: {
      name: packageJson.productName ?? packageJson.name,
      version: packageJson.version,
      platform: process.platform,
    },
    mirror,
    openExternal: (url) => {
      openedExternally.push(url);
      return Promise.resolve();
    },
    pdf: {
      exportPlan: (args) =>
        pdfService?.exportPlan(args) ??
        Promise.resolve({ status: 'failed', message: 'Saving a PDF is not available in this window.' }),
      exportMeeting: (args) =>
        pdfService?.exportMeeting?.(args) ??
        Promise.resolve({ status: 'failed', message: 'Saving a PDF is not available in this window.' }),
    },
    backup: new BackupExportService({
      dialogs,
      userDataDir,
      mirror,
      cipher: atRest.mirrorCipher,
      appInfo: { name: appName, version: packageJson.version },
    }),
  });
  const syncHandlers = createSyncHandlers(atRest.keys);
  return {
    handlers,
    mirror,
    dialogAnswers,
    userDataDir,
    atRest,
    openedExternally,
    backgroundErrors,
    trustedOrigins,
    setPdfService: (service) => {
      pdfService = service;
    },
    invoke: (channel, rawArgs, sender) => invokeHandler(handlers, channel, rawArgs, sender, trustedOrigins),
    answerSync: (channel, rawArgs, sender) => {
      const known = syncChannels.find((name) => name === channel);
      if (known === undefined) throw new Error(`Refused ${channel}: no such synchronous channel`);
      return answerSync(syncHandlers, known, rawArgs, sender, trustedOrigins);
    },
    close: async () => {
      await mirror.whenIdle();
      if (!options.keepUserData) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
