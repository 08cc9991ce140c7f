import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../security/csp';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type PlacedWindow } from './windowState';

/**
 * Creates the main window. The options are written inline at the constructor call on
 * purpose: electronegativity reads them there (it cannot follow a helper function), and the
 * tests read them from the mocked constructor.
 */

/** Painted before the first frame; the renderer's --tandem-bg (renderer/src/app/app.css) per theme. */
export const WINDOW_BACKGROUND = { dark: '#17181a', light: '#fbfaf8' } as const;

export interface MainWindowSettings {
  placement: PlacedWindow;
  preloadPath: string;
  darkMode: boolean;
  /** DevTools only in unpackaged builds. */
  devTools: boolean;
}

export function createMainWindow(settings: MainWindowSettings): BrowserWindow {
  return new BrowserWindow({
    ...settings.placement.bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Tandem',
    // Hidden until the first paint so the user never sees a blank white flash.
    show: false,
    backgroundColor: settings.darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      // Reviewed: the preload exposes only named, contract-typed functions (electron/preload).
      preload: settings.preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file on the window must not navigate away from the app.
      navigateOnDragDrop: false,
      // auxclick lets a middle-click act on links without any click handler seeing it; the
      // Electron security checklist (and electronegativity) ask for it off.
      disableBlinkFeatures: 'Auxclick',
      devTools: settings.devTools,
      spellcheck: true,
    },
  });
}

/** The first page: the dev server in development, app://tandem otherwise. */
export function startUrl(devServerUrl: string | null): string {
  return devServerUrl ?? `${APP_ORIGIN}/index.html`;
}

/** Shows the window on its first paint, maximized if it was when last closed. */
export function showWhenReady(
  win: Pick<BrowserWindow, 'once' | 'show' | 'maximize'>,
  placement: PlacedWindow,
): void {
  win.once('ready-to-show', () => {
    if (placement.isMaximized) win.maximize();
    win.show();
  });
}
