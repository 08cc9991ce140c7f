import type { App } from 'electron';

/**
 * One Tandem per user: two processes appending to the same mirror files would interleave
 * records. Thin adapter over `app.requestSingleInstanceLock`.
 */

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Returns false (and quits) when another instance holds the lock. Otherwise a later launch
 * brings this instance's window to the front instead of opening a second app.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  currentWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = currentWindow();
    if (win === null || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
