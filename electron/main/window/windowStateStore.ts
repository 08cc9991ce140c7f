import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseWindowState, type WindowState } from './windowState';

/**
 * Reads and writes window-state.json in userData. Electron-free. A missing or broken file is
 * not an error worth telling anyone about: the window just opens at its default place.
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

/** Writes through a temporary file and a rename so a crash mid-write leaves the old file. */
export async function writeWindowState(filePath: string, state: WindowState): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  const temporary = `${filePath}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await rename(temporary, filePath);
}
