import { z } from 'zod';

/**
 * Window size, position and maximized state: parsing what was saved and fitting it to the
 * displays present now. Electron-free and pure, so every case is a plain unit test.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_WIDTH = 640;
export const MIN_WINDOW_HEIGHT = 480;
export const DEFAULT_WINDOW_SIZE = { width: 1100, height: 760 } as const;
/** How much of the title bar must be on a display for the saved position to be kept. */
const MIN_VISIBLE = 64;

const coordinate = z.number().int().min(-100_000).max(100_000);

export const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({
    x: coordinate,
    y: coordinate,
    width: z.number().int().min(MIN_WINDOW_WIDTH).max(100_000),
    height: z.number().int().min(MIN_WINDOW_HEIGHT).max(100_000),
  }),
  isMaximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

/** The saved state, or null when it is missing, unreadable or from another version. */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export interface PlacedWindow {
  bounds: Rect;
  isMaximized: boolean;
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The top strip of the window: what the user needs to see to grab and move it. */
function titleBar(bounds: Rect): Rect {
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, MIN_VISIBLE) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** Shrinks `bounds` to fit `area` and moves it fully inside. */
export function fitInside(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

export function centredIn(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved bounds on the display showing most of their title bar
 * (shrunk and moved to fit it), or the default size centred on the primary display when
 * nothing was saved or the saved place is on a display that is gone.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primaryWorkArea: Rect,
  defaultSize: { width: number; height: number } = DEFAULT_WINDOW_SIZE,
): PlacedWindow {
  if (saved !== null) {
    const bar = titleBar(saved.bounds);
    let best: Rect | null = null;
    let bestArea = 0;
    for (const area of workAreas) {
      const visible = overlapArea(bar, area);
      if (visible > bestArea) {
        best = area;
        bestArea = visible;
      }
    }
    if (best !== null && bestArea >= MIN_VISIBLE * MIN_VISIBLE) {
      return { bounds: fitInside(saved.bounds, best), isMaximized: saved.isMaximized };
    }
  }
  return { bounds: centredIn(defaultSize, primaryWorkArea), isMaximized: saved?.isMaximized ?? false };
}
