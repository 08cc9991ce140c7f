/**
 * Lock now from the keyboard: Ctrl+Shift+L (Cmd+Shift+L on a Mac), the same keys as File → Lock
 * Tandem, whose accelerator Electron handles before the page when the menu is there. Main
 * refuses the window its key from then on; the page then reloads itself, so nothing of the
 * journal stays in its DOM or memory, and the page that loads shows only the lock screen.
 */

import { boundedFlush } from './flushBeforeLock';

type LockApi = Pick<NonNullable<Window['tandem']>['atRest'], 'lock'>;

export function isLockShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
) {
  return (
    (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l'
  );
}

/**
 * Returns the uninstall. `flush` writes the batched edits first (bounded, flushBeforeLock.ts);
 * `reload` is the page's own (a test passes its stand-in).
 */
export function installLockShortcut(
  api: LockApi,
  flush: () => Promise<void>,
  reload: () => void = () => window.location.reload(),
): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isLockShortcut(event)) return;
    event.preventDefault();
    boundedFlush(flush)
      .then(() => api.lock({}))
      .then(
        ({ locked }) => {
          if (locked) reload();
        },
        // Main could not be asked: the journal stays as it is rather than half-locked.
        () => undefined,
      );
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => window.removeEventListener('keydown', onKeyDown, true);
}
