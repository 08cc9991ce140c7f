import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../security/csp';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type PlacedWindow } from './windowState';

/**
 * The main window's options and its first show. Options are built by a pure function so the
 * security-relevant preferences are asserted directly in tests.
 */

/** Painted before the first frame; matches the renderer's page background for each theme. */
export const WINDOW_BACKGROUND = { dark: '#1c1b1f', light: '#ffffff' } as const;

export interface MainWindowSettings {
  placement: PlacedWindow;
  preloadPath: string;
  darkMode: boolean;
  /** DevTools only in unpackaged builds. */
  devTools: boolean;
}

export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    ...settings.placement.bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Tandem',
    // Hidden until the first paint so the user never sees a blank white flash.
    show: false,
    backgroundColor: settings.darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: settings.preloadPath,
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
      devTools: settings.devTools,
      spellcheck: true,
    },
  };
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
