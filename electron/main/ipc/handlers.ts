import type { IpcChannel, IpcResult, MainHandlers } from '../../../shared/ipc/contract';
import type { AtRestService, RecoveryService } from '../atRest/atRestService';
import type { BackupService } from '../backup/BackupService';
import type { LocaleService } from '../i18n/localeService';
import type { MirrorStore } from '../mirror/mirrorStore';
import type { PdfExportService } from '../print/exportPlanPdf';
import type { ClickedReminder } from '../reminders/clickedReminder';
import type { ReminderService } from '../reminders/ReminderScheduler';
import { toSafeExternalUrl } from '../security/urls';
import type { SharingService } from '../sharingLogic/sharingService';
import type { PresenceService } from '../sharingWiring/presenceRelay';
import { createRecoveryHandlers } from './recoveryHandlers';
import type { LockPolicy } from '../atRest/lockPolicy';
import { DEFAULT_LOCK_SETTINGS } from '../../../shared/atRest/lockSettings';
import { createSharingHandlers } from './sharingHandlers';

/**
 * What main does for each IPC channel. Electron-free: everything that touches Electron or the
 * disk is injected, so the e2e harness runs these very handlers in plain Node. Each service's
 * interface belongs to the module that implements it; this module only routes channels to them.
 */

export interface MainHandlerDeps {
  appInfo: { name: string; version: string; platform: string };
  /**
   * The journal's data key (atRest/dataKeyStore.ts): the window asks for its key before it
   * reads anything. Without one (tests of other channels) the window gets no key, so it opens
   * nothing: encryption at rest fails closed.
   */
  atRest?: AtRestService;
  /** The recovery key (atRest/recoveryKey.ts); the DataKeyStore in the app. */
  recovery?: RecoveryService;
  /** When Tandem locks by itself (atRest/lockPolicy.ts); without one, the defaults, unchangeable. */
  lockSettings?: Pick<LockPolicy, 'settings' | 'change'>;
  /** The window answered `flushBeforeLock` (atRest/lockAfterFlush.ts): its edits are stored. */
  windowFlushed?: () => void;
  /** Where the window's edits are stored (while sharing runs: its SyncingMirror). */
  mirror: MirrorStore;
  /** Hands a validated URL to the OS (Electron: `shell.openExternal`). */
  openExternal: (url: string) => Promise<void>;
  /**
   * The person's language (electron/main/i18n). Without one, as in the e2e harness unless it
   * supplies one, main answers in English and keeps no choice.
   */
  locale?: LocaleService;
  /**
   * The system clipboard (Electron: `clipboard.writeText`). Without one, as in the e2e harness
   * unless it supplies one, copying answers that it did not happen.
   */
  clipboard?: ClipboardService;
  /**
   * Desktop reminders (ReminderScheduler). Without one, as in the e2e harness, reminders are
   * accepted and never raised.
   */
  reminders?: ReminderService;
  /** The desktop reminder clicked and not yet opened by the window (none in the e2e harness). */
  clickedReminder?: ClickedReminder;
  /**
   * Identity, invitations, pairing and consent (sharingLogic/sharingService.ts). Without one, as
   * in the e2e harness, sharing reports itself unavailable and lists no spaces.
   */
  sharing?: SharingService;
  /**
   * Plan to PDF (electron/main/print). Without one, as in the e2e harness, export answers that
   * it is not available here.
   */
  pdf?: PdfExportService;
  /** Journal exports, JSON import, backup and restore (backup/BackupService.ts). */
  backup?: BackupService;
  /**
   * One-on-one presence relayed through the sync engine (sharingWiring/presenceRelay.ts).
   * Without one, as in the e2e harness unless it supplies one, presence stays in the window.
   */
  presence?: PresenceService;
}

export interface ClipboardService {
  /** Electron 45's `clipboard.writeText` resolves once the system clipboard holds the text. */
  writeText(text: string): Promise<void>;
}

type ContractPlatform = IpcResult<'tandem:app:getInfo'>['platform'];

export function contractPlatform(platform: string): ContractPlatform {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}

export function createMainHandlers(deps: MainHandlerDeps): MainHandlers {
  return {
    'tandem:app:getInfo': () =>
      Promise.resolve({
        name: deps.appInfo.name,
        version: deps.appInfo.version,
        platform: contractPlatform(deps.appInfo.platform),
      }),

    'tandem:app:getLocale': () => Promise.resolve(deps.locale?.current() ?? { locale: 'en', choice: null }),

    'tandem:app:setLocale': async ({ choice }) => ({ locale: (await deps.locale?.choose(choice)) ?? 'en' }),

    'tandem:atRest:status': () => deps.atRest?.status() ?? Promise.resolve(NO_KEY),
    'tandem:atRest:choose': (choice) => deps.atRest?.choose(choice) ?? Promise.resolve(NO_KEY),
    'tandem:atRest:unlock': ({ passphrase }) => deps.atRest?.unlock(passphrase) ?? Promise.resolve(NO_KEY),
    'tandem:atRest:lock': () => Promise.resolve({ locked: deps.atRest?.lock() ?? false }),
    'tandem:atRest:flushed': () => {
      deps.windowFlushed?.();
      return Promise.resolve({});
    },
    'tandem:atRest:lockSettings': () => Promise.resolve(deps.lockSettings?.settings ?? DEFAULT_LOCK_SETTINGS),
    'tandem:atRest:setLockSettings': (settings) =>
      deps.lockSettings?.change(settings) ??
      Promise.reject(new Error('The lock settings cannot be changed here.')),
    'tandem:atRest:resume': () => deps.atRest?.resume() ?? Promise.resolve(NO_KEY),
    'tandem:atRest:windowSealed': async () => {
      await deps.atRest?.markSealed('window');
      return {};
    },
    ...createRecoveryHandlers(deps.recovery),

    'tandem:mirror:append': ({ docId, update }) => deps.mirror.append(docId, update),

    'tandem:mirror:load': ({ docId }) => deps.mirror.load(docId),

    'tandem:mirror:purge': async ({ docId }) => {
      await deps.mirror.purge(docId);
      return {};
    },

    'tandem:mirror:compactCollected': async ({ docId }) => {
      await deps.mirror.compactCollected(docId);
      return {};
    },

    'tandem:shell:openExternal': async ({ url }) => {
      // The contract only checks the prefix; parse for real before the OS sees the string.
      const safe = toSafeExternalUrl(url, { allowMailto: true });
      if (safe === null) return { opened: false };
      try {
        await deps.openExternal(safe); // eng-disable OPEN_EXTERNAL_JS_CHECK: `safe` passed toSafeExternalUrl
        return { opened: true };
      } catch {
        // No application registered for the link: the renderer shows that it did not open.
        return { opened: false };
      }
    },

    'tandem:clipboard:writeText': async ({ text }) => {
      if (!deps.clipboard) return { copied: false };
      try {
        await deps.clipboard.writeText(text);
        return { copied: true };
      } catch {
        // No clipboard owner (a headless session, say): the window tells the person to copy by hand.
        return { copied: false };
      }
    },

    'tandem:reminders:sync': (args) =>
      deps.reminders?.sync(args) ?? Promise.resolve({ scheduled: 0, nextCheckAt: null }),

    'tandem:reminders:snooze': ({ id, until }) =>
      deps.reminders?.snooze(id, until) ?? Promise.resolve({ snoozed: false }),

    'tandem:reminders:takeClicked': () =>
      Promise.resolve({ reminderId: deps.clickedReminder?.take() ?? null }),

    ...createSharingHandlers(deps.sharing),

    'tandem:presence:set': ({ docId, presence }) =>
      Promise.resolve({ people: deps.presence?.setLocal(docId, presence) ?? [] }),

    'tandem:plan:exportPdf': (args) =>
      deps.pdf?.exportPlan(args) ??
      Promise.resolve({ status: 'failed', message: 'Saving a PDF is not available in this window.' }),

    'tandem:meeting:exportPdf': (args) =>
      deps.pdf?.exportMeeting?.(args) ??
      Promise.resolve({ status: 'failed', message: 'Saving a PDF is not available in this window.' }),

    ...backupHandlers(deps.backup),
  };
}

const NO_KEY = {
  state: 'unreadable',
  reason: 'keystore-refused',
  detail: 'Encryption at rest is not available in this process.',
} as const;

const NO_BACKUP = 'Export and backup are not available in this window.';

function backupHandlers(
  backup: BackupService | undefined,
): Pick<MainHandlers, `tandem:${'export' | 'backup'}:${string}` & IpcChannel> {
  const failed = { status: 'failed', message: NO_BACKUP } as const;
  return {
    'tandem:export:chooseTarget': (args) =>
      backup?.chooseTarget(args) ?? Promise.resolve({ status: 'cancelled' }),
    'tandem:export:write': (args) => backup?.writeExport(args) ?? Promise.resolve(failed),
    'tandem:export:openJson': () => backup?.openJson() ?? Promise.resolve(failed),
    'tandem:backup:status': () => backup?.status() ?? Promise.resolve({ identityAvailable: false }),
    'tandem:backup:write': (args) => backup?.writeBackup(args) ?? Promise.resolve(failed),
    'tandem:backup:open': () => backup?.openBackup() ?? Promise.resolve(failed),
    'tandem:backup:unlock': (args) => backup?.unlockBackup(args) ?? Promise.resolve(failed),
    'tandem:backup:restore': (args) => backup?.restoreBackup(args) ?? Promise.resolve(failed),
    'tandem:backup:discard': (args) => backup?.discardBackup(args) ?? Promise.resolve({}),
  };
}
