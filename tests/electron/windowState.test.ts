import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  parseWindowState,
  placeWindow,
  type Rect,
  type WindowState,
} from '../../electron/main/window/windowState';
import {
  readWindowState,
  trackWindowState,
  writeWindowState,
  type TrackableWindow,
} from '../../electron/main/window/windowStatePersistence';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

function state(bounds: Rect, isMaximized = false): WindowState {
  return { version: 1, bounds, isMaximized };
}

describe('parseWindowState', () => {
  it('accepts a saved state and rejects anything malformed', () => {
    const good = state({ x: 10, y: 20, width: 900, height: 700 });
    expect(parseWindowState(good)).toEqual(good);
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState({ ...good, version: 2 })).toBeNull();
    expect(parseWindowState({ ...good, bounds: { ...good.bounds, width: 'wide' } })).toBeNull();
    expect(parseWindowState({ ...good, bounds: { ...good.bounds, height: 10 } })).toBeNull();
    expect(parseWindowState({ ...good, bounds: { ...good.bounds, x: Number.NaN } })).toBeNull();
  });
});

describe('placeWindow', () => {
  it('opens at the default size centred on the primary display when nothing was saved', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: 170, y: 83, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height },
      isMaximized: false,
    });
  });

  it('keeps a saved place that is on a display, including a secondary one', () => {
    const onMonitor = state({ x: 2000, y: 300, width: 1200, height: 900 }, true);
    expect(placeWindow(onMonitor, [laptop, monitorRight], laptop)).toEqual({
      bounds: onMonitor.bounds,
      isMaximized: true,
    });
  });

  it('falls back to centred defaults when the saved display is gone', () => {
    const onMonitor = state({ x: 2000, y: 300, width: 1200, height: 900 });
    expect(placeWindow(onMonitor, [laptop], laptop).bounds).toEqual({
      x: 170,
      y: 83,
      width: 1100,
      height: 760,
    });
  });

  it('falls back when only a sliver of the title bar would be reachable', () => {
    const hanging = state({ x: 1420, y: 100, width: 900, height: 700 });
    expect(placeWindow(hanging, [laptop], laptop).bounds).toEqual({
      x: 170,
      y: 83,
      width: 1100,
      height: 760,
    });
    const aboveTop = state({ x: 100, y: -800, width: 900, height: 700 });
    expect(placeWindow(aboveTop, [laptop], laptop).bounds.y).toBe(83);
  });

  it('moves a partly visible window fully onto its display and shrinks it to fit', () => {
    const overlapping = state({ x: 1000, y: 500, width: 900, height: 700 });
    expect(placeWindow(overlapping, [laptop], laptop).bounds).toEqual({
      x: 540,
      y: 200,
      width: 900,
      height: 700,
    });
    const huge = state({ x: 0, y: 25, width: 3000, height: 2000 });
    expect(placeWindow(huge, [laptop], laptop).bounds).toEqual(laptop);
  });
});

describe('window-state.json', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-winstate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through the file', async () => {
    const file = join(dir, 'nested', 'window-state.json');
    const saved = state({ x: 5, y: 6, width: 700, height: 500 }, true);
    await writeWindowState(file, saved);
    expect(await readWindowState(file)).toEqual(saved);
  });

  it('reads a missing, truncated or invalid file as "nothing saved"', async () => {
    const file = join(dir, 'window-state.json');
    expect(await readWindowState(file)).toBeNull();
    await writeFile(file, '{"version":1,"bounds":{"x":');
    expect(await readWindowState(file)).toBeNull();
    await writeFile(
      file,
      JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: 1, height: 1 }, isMaximized: 0 }),
    );
    expect(await readWindowState(file)).toBeNull();
  });
});

class FakeWindow extends EventEmitter implements TrackableWindow {
  bounds: Rect = { x: 0, y: 0, width: 800, height: 600 };
  maximized = false;
  minimized = false;
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isFullScreen(): boolean {
    return false;
  }
  getNormalBounds(): Rect {
    return this.bounds;
  }
}

describe('trackWindowState', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once after a burst of moves, with the last bounds', async () => {
    const win = new FakeWindow();
    const save = vi.fn(() => Promise.resolve());
    trackWindowState(win, { save, debounceMs: 500 });
    for (let x = 0; x < 10; x += 1) {
      win.bounds = { ...win.bounds, x: x * 10 };
      win.emit('move');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(state({ x: 90, y: 0, width: 800, height: 600 }));
  });

  it('saves at once on close, maximized with its normal bounds, and not again later', async () => {
    const win = new FakeWindow();
    const save = vi.fn(() => Promise.resolve());
    trackWindowState(win, { save, debounceMs: 500 });
    win.maximized = true;
    win.emit('maximize');
    win.emit('close');
    expect(save).toHaveBeenCalledWith(state({ x: 0, y: 0, width: 800, height: 600 }, true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not remember a minimized window, and reports save errors instead of throwing', async () => {
    const win = new FakeWindow();
    const onError = vi.fn();
    const save = vi.fn(() => Promise.reject(new Error('EACCES')));
    const flush = trackWindowState(win, { save, onError });
    win.minimized = true;
    await flush();
    expect(save).not.toHaveBeenCalled();
    win.minimized = false;
    await flush();
    expect(onError).toHaveBeenCalledWith(new Error('EACCES'));
  });

  it('writes what it tracked to disk via writeWindowState', async () => {
    vi.useRealTimers();
    const dir = await mkdtemp(join(tmpdir(), 'tandem-winstate-'));
    const file = join(dir, 'window-state.json');
    const win = new FakeWindow();
    const flush = trackWindowState(win, { save: (s) => writeWindowState(file, s) });
    win.bounds = { x: 33, y: 44, width: 1000, height: 700 };
    await flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state(win.bounds));
    await rm(dir, { recursive: true, force: true });
  });
});
