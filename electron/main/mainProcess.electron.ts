import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  ipcMain,
  Menu,
  nativeTheme,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { LockReason } from './atRest/autoLock';
import { LOCK_SETTINGS_FILE, readLockSettings, startLockPolicy } from './atRest/lockPolicy';
import { startAtRest } from './atRest/startAtRest';
import { createLockAfterFlush } from './atRest/lockAfterFlush';
import { electronFileDialogs } from './backup/backupDialogs.electron';
import { BackupExportService } from './backup/BackupService';
import { MirrorSlot } from './mirror/mirrorSlot';
import { createMainHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { createSyncHandlers } from './ipc/syncHandlers';
import { buildMenuTemplate } from './menu/menuTemplate';
import { DocumentMirror } from './mirror/DocumentMirror';
import { claimSingleInstance, delayQuitUntilIdle, PendingWork } from './appLifecycle';
import { webContentsEventSink } from './mainEventSink';
import { MAIN_EVENT_CHANNELS } from '../../shared/ipc/mainEventChannels';
import { bringToFront } from './reminders/desktopNotifier.electron';
import { startReminders } from './reminders/startReminders.electron';
import { createClickedReminder } from './reminders/clickedReminder';
import {
  registerAppSchemeAsPrivileged,
  rendererRootFrom,
  serveRendererOnAppProtocol,
} from './protocol/rendererFiles';
import { createPdfExportService } from './print/pdfExportService.electron';
import { startLocale } from './i18n/localeService';
import { identityBackupStore } from './backup/identityBackup';
import { createSafeStorageProtector } from './sharingLogic/safeStorageProtector.electron';
import { startSharing } from './sharingWiring/startSharing.electron';
import { trustedOriginsFor } from './security/urls';
import { denyAllPermissions, guardWebContents } from './security/webContentsGuards';
import { createMainWindow, showWhenReady, startUrl } from './window/mainWindow.electron';
import { placeWindow } from './window/windowState';
import {
  readWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
} from './window/windowStatePersistence';

/**
 * Wires the main process together: lifecycle, security, IPC, menu and the main window. Each
 * piece lives in its own module; this file only decides the order things happen in.
 */

export const APP_NAME = 'Tandem';
/** Must equal electron-builder's appId so Windows groups the taskbar icon with the shortcut. */
export const APP_USER_MODEL_ID = 'app.tandem.journal';

export interface MainProcessOptions {
  /** Directory of the built main bundle (out/main); preload and renderer sit beside it. */
  mainDir: string;
  /** ELECTRON_RENDERER_URL from `electron-vite dev`; ignored in packaged builds. */
  devServerUrl: string | undefined;
  /**
   * TANDEM_USER_DATA_DIR: a profile folder of its own for an unpackaged build (`npm start`,
   * `npm run smoke`), so a maintainer can run two Tandems side by side or try one without
   * touching their own journal. Ignored by packaged builds.
   */
  userDataDir?: string | undefined;
  platform?: NodeJS.Platform;
  log?: (message: string) => void;
}

export interface MainProcess {
  /** Settles once the first window has loaded (or failed to). */
  ready: Promise<void>;
  currentWindow(): BrowserWindow | null;
}

/** Starts the app, or returns null when another instance is already running. */
export function startMainProcess(options: MainProcessOptions): MainProcess | null {
  const platform = options.platform ?? process.platform;
  const log = options.log ?? ((message: string) => console.warn(`[tandem] ${message}`));

  // Before anything reads userData, so the folder is named after the product.
  app.name = APP_NAME;
  // Before the single-instance lock and anything else that depends on the profile folder.
  if (options.userDataDir && !app.isPackaged) app.setPath('userData', options.userDataDir);
  // Every renderer sandboxed, including windows added later (the PDF print window).
  app.enableSandbox();
  registerAppSchemeAsPrivileged(protocol);

  let mainWindow: BrowserWindow | null = null;
  if (!claimSingleInstance(app, () => mainWindow)) return null;
  // Windows ties notifications and taskbar grouping to this id; it must match the installer's
  // shortcut, which only a packaged build has (unpackaged, Electron's own id is the right one).
  if (platform === 'win32' && app.isPackaged) app.setAppUserModelId(APP_USER_MODEL_ID);

  const devServerUrl = app.isPackaged ? null : (options.devServerUrl ?? null);
  const trustedOrigins = trustedOriginsFor({
    devServerUrl: devServerUrl ?? undefined,
    isPackaged: app.isPackaged,
  });
  // Every caller passes a URL that toSafeExternalUrl parsed and allowed (http/https/mailto).
  const openExternal = (url: string): Promise<void> => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  const pendingWork = new PendingWork();
  let mirror: MirrorSlot | null = null;

  // Every web contents, including any created later, gets the same locks.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      trustedOrigins,
      openExternal,
      onRefused: (what, url) => log(`refused ${what} ${url}`),
    });
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  delayQuitUntilIdle(app, () => (mirror ? [pendingWork, mirror] : [pendingWork]));

  const ready = app.whenReady().then(async () => {
    const userData = app.getPath('userData');
    denyAllPermissions(session.defaultSession);
    serveRendererOnAppProtocol(protocol, rendererRootFrom(options.mainDir));

    // The data key, sealed by the OS keystore; every stored record is encrypted under it.
    const atRest = startAtRest({
      userDataDir: userData,
      protector: createSafeStorageProtector(platform),
      sealMirror: (onProgress) => documentMirror.current.sealLegacyDocuments(onProgress),
      log,
    });
    // The lock (menu, shortcut, idle, sleep, screen lock): main refuses the window its key and
    // reloads it, so nothing of the journal stays in its page or its memory; the page that
    // loads shows only the lock screen. Locking again while locked does nothing.
    // The window first writes its batched edits (bounded wait), so the last keystrokes are stored.
    const locker = createLockAfterFlush({
      canLock: () => atRest.keys.canLock,
      lock: () => atRest.keys.lock(),
      askWindowToFlush: () => {
        if (mainWindow === null || mainWindow.isDestroyed()) return false;
        try {
          mainWindow.webContents.send(MAIN_EVENT_CHANNELS.flushBeforeLock, {});
          return true;
        } catch {
          return false;
        }
      },
      reload: () => {
        if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.reload();
      },
      log,
    });
    const lockNow = (reason: LockReason) => {
      void locker.lockNow(reason);
    };
    // When it locks by itself is the person's choice (lock-settings.json; defaults without one).
    const lockSettingsPath = join(userData, LOCK_SETTINGS_FILE);
    const lockPolicy = startLockPolicy({
      power: powerMonitor,
      lock: lockNow,
      path: lockSettingsPath,
      initial: await readLockSettings(lockSettingsPath),
      track: (write) => pendingWork.track(write),
    });
    // In a slot, so restoring a backup can swap the folder under it (electron/main/backup).
    const documentMirror = new MirrorSlot(
      () =>
        new DocumentMirror({
          documentsDir: join(userData, 'documents'),
          cipher: atRest.mirrorCipher,
          onBackgroundError: (docId, error) => log(`${docId}: ${error.message}`),
        }),
    );
    mirror = documentMirror;
    const locale = await startLocale({
      userDataDir: userData,
      preferredLanguages: () => app.getPreferredSystemLanguages(),
      track: (write) => pendingWork.track(write),
    });
    const windowEvents = webContentsEventSink(
      () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
      log,
    );
    // The menu speaks the person's language, and again after they choose another.
    const showMenu = () =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate(
            platform,
            (id, values) => locale.i18n.t(id, values),
            () => lockNow('menu'),
          ),
        ),
      );
    const clickedReminder = createClickedReminder();
    const reminders = startReminders({
      userDataDir: userData,
      // A click on a reminder brings Tandem forward, or reopens its window (macOS keeps running).
      showMainWindow: () => {
        if (mainWindow !== null && !mainWindow.isDestroyed()) bringToFront(mainWindow);
        else openMainWindow().catch((error: unknown) => log(`could not open the window: ${String(error)}`));
      },
      // …and the window then opens what the reminder is about: told at once if it is running,
      // and held for a window that is still starting (it asks as it starts, and takes the held
      // click when told, so the reminder opens once either way).
      openReminder: (reminderId) => {
        clickedReminder.hold(reminderId);
        windowEvents.send('openReminder', { reminderId });
      },
      track: (write) => pendingWork.track(write),
      log,
      // While locked a reminder says only "Tandem reminder", never what it is about.
      lockedTitle: () => (atRest.keys.isLocked ? locale.i18n.t('lock.notification.title') : null),
    });
    // Identity, pairing, consent and the sync engine; peers' edits reach the window as events.
    const sharing = await startSharing({
      userDataDir: userData,
      mirror: documentMirror,
      webContents: () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
      log,
      platform,
      appVersion: app.getVersion(),
    });
    app.on('before-quit', () => void pendingWork.track(sharing.close()));
    const handlers = createMainHandlers({
      atRest: atRest.keys,
      recovery: atRest.keys,
      windowFlushed: () => locker.windowFlushed(),
      lockSettings: lockPolicy,
      appInfo: { name: app.name, version: app.getVersion(), platform },
      // Stores each renderer edit, then offers it to the sync engine.
      mirror: sharing.mirror,
      sharing: sharing.service,
      presence: sharing.presence,
      openExternal,
      locale: {
        ...locale.service,
        choose: async (choice) => {
          const chosen = await locale.service.choose(choice);
          showMenu();
          return chosen;
        },
      },
      clipboard: { writeText: (text) => clipboard.writeText(text) },
      reminders,
      clickedReminder,
      pdf: createPdfExportService({
        appUrl: startUrl(devServerUrl),
        text: (id, values) => locale.i18n.t(id, values),
        documentsDir: () => app.getPath('documents'),
        parentWindow: () => mainWindow,
        log,
        verifyConfirmations: (spaceId, confirmations) =>
          sharing.service.verifyConfirmations(spaceId, confirmations),
      }),
      backup: new BackupExportService({
        dialogs: electronFileDialogs({
          parentWindow: () => mainWindow,
          defaultFolder: () => app.getPath('documents'),
        }),
        userDataDir: userData,
        mirror: documentMirror,
        cipher: atRest.mirrorCipher,
        appInfo: { name: app.name, version: app.getVersion() },
        // Offered when an identity exists; restored keys are sealed by safeStorage again.
        identity: identityBackupStore(sharing.identity),
        // Backed up and restored only with the identity keys, encrypted with them.
        spaces: sharing.spaces,
        // The engine's replicas must not send the pre-restore state back into the documents.
        onRestored: () => sharing.reloadAfterRestore(),
        log,
        // Dialogs and the messages sent back to the window, in the person's current language.
        text: (id, values) => locale.i18n.t(id, values),
      }),
    });
    registerIpcHandlers(ipcMain, handlers, {
      trustedOrigins,
      // The window's key before its scripts run, when main holds it already (no round trip).
      sync: createSyncHandlers(atRest.keys),
      onSyncRefused: log,
    });
    showMenu();

    const windowStatePath = join(userData, WINDOW_STATE_FILE);
    const openMainWindow = async (): Promise<void> => {
      const saved = await readWindowState(windowStatePath);
      const placement = placeWindow(
        saved,
        screen.getAllDisplays().map((display) => display.workArea),
        screen.getPrimaryDisplay().workArea,
      );
      const win = createMainWindow({
        placement,
        preloadPath: join(options.mainDir, '..', 'preload', 'index.cjs'),
        darkMode: nativeTheme.shouldUseDarkColors,
        devTools: !app.isPackaged,
      });
      mainWindow = win;
      win.on('closed', () => {
        if (mainWindow === win) mainWindow = null;
        // Nobody is in a meeting any more; the page may not have said so before it went.
        sharing.presence.leaveAll();
      });
      // A crashed page cannot say it left either; its presence must not be renewed forever.
      win.webContents.on('render-process-gone', () => sharing.presence.leaveAll());
      trackWindowState(win, {
        save: (state) => pendingWork.track(writeWindowState(windowStatePath, state)),
        onError: (error) => log(`could not save the window position: ${String(error)}`),
      });
      showWhenReady(win, placement);
      await win.loadURL(startUrl(devServerUrl));
    };

    // macOS keeps the app running with no windows; clicking the dock icon opens one again.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        openMainWindow().catch((error: unknown) => log(`could not open the window: ${String(error)}`));
      }
    });
    await openMainWindow();
  });

  return { ready, currentWindow: () => mainWindow };
}
