import { readFile } from 'node:fs/promises';
import { writeJsonFileAtomically } from '../files/atomicFile';

/**
 * Small JSON files for sharing state (identity, invitations), written through the one atomic
 * writer (files/atomicFile.ts): a crash leaves either the old or the new file, never half of
 * one. Electron-free.
 */

export function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  // Only this user may read them: the identity file holds the sealed secret key.
  return writeJsonFileAtomically(path, value, { what: 'The sharing settings', mode: 0o600 });
}

/** The parsed JSON, or null when the file does not exist; other read errors and bad JSON throw. */
export async function readJsonIfPresent(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ENOENT') return null;
    throw error;
  }
  return JSON.parse(text) as unknown;
}
