import { readFile } from 'node:fs/promises';
import { writeJsonFileAtomically } from '../files/atomicFile';
import { parseWindowState, type Rect, type WindowState } from './windowState';

/**
 * Persisting the window's place, Electron-free: window-state.json in userData, and a tracker
 * that saves as the window moves. A missing or broken file is not an error worth telling
 * anyone about: the window just opens at its default place.
 */

export const WINDOW_STATE_FILE = 'window-state.json';

export async function readWindowState(filePath: string): Promise<WindowState | null> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return null;
  }
  try {
    return parseWindowState(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Written whole or not at all, so a crash mid-write leaves the old file. */
export function writeWindowState(filePath: string, state: WindowState): Promise<void> {
  return writeJsonFileAtomically(filePath, state, { what: 'The window position' });
}

/*
 * Tracking: saves a window's place while the user moves and resizes it, debounced during the
 * drag and immediately on close. It needs only this slice of a BrowserWindow, so tests drive
 * it with a small fake and fake timers.
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
