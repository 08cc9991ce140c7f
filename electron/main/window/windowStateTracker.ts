import type { Rect, WindowState } from './windowState';

/**
 * Saves a window's place while the user moves and resizes it: debounced during the drag, and
 * immediately on close. Electron-free: it needs only this slice of a BrowserWindow, so tests
 * drive it with a small fake and fake timers.
 */

export interface TrackableWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  /** The un-maximized bounds, so restoring a maximized window un-maximizes to the right size. */
  getNormalBounds(): Rect;
}

export interface WindowStateTrackerOptions {
  save: (state: WindowState) => Promise<void>;
  debounceMs?: number;
  onError?: (error: unknown) => void;
}

export const WINDOW_STATE_DEBOUNCE_MS = 500;

export function currentWindowState(win: TrackableWindow): WindowState {
  const bounds = win.getNormalBounds();
  return {
    version: 1,
    bounds: {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
    },
    isMaximized: win.isMaximized(),
  };
}

/** Starts tracking; returns `flush`, which cancels a pending debounce and saves at once. */
export function trackWindowState(
  win: TrackableWindow,
  options: WindowStateTrackerOptions,
): () => Promise<void> {
  const debounceMs = options.debounceMs ?? WINDOW_STATE_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const save = async (): Promise<void> => {
    // Minimized and full-screen bounds are not places the user chose to reopen at.
    if (win.isMinimized() || win.isFullScreen()) return;
    try {
      await options.save(currentWindowState(win));
    } catch (error) {
      options.onError?.(error);
    }
  };

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void save();
    }, debounceMs);
  };

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    return save();
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, schedule);
  win.on('close', () => void flush());
  return flush;
}
