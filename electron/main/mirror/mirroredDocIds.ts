import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { docIdSchema } from '../../../shared/ipc/contract';

/**
 * Which documents this installation holds in its disk mirror, read back from the mirror's
 * folder names (docFolder.ts: `item:Ab3` is stored as `item_3a_41b3`). Sharing uses it to refuse
 * a peer's "offer" of a document that is already this user's own (an accepted offer would
 * otherwise send that private document to them); a backup uses it to hold every document main
 * has, including those no window has opened.
 */

/** The document id a mirror folder stands for, or null for hashed or foreign names. */
export function docIdFromFolderName(name: string): string | null {
  // Hashed names (ids too long to spell out) cannot be read back; they are not offerable ids.
  if (name.startsWith('_h')) return null;
  const bytes: number[] = [];
  for (let i = 0; i < name.length; i++) {
    const char = name.charAt(i);
    if (char === '_') {
      const hex = name.slice(i + 1, i + 3);
      if (!/^[0-9a-f]{2}$/.test(hex)) return null;
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (/[a-z0-9-]/.test(char)) {
      bytes.push(char.charCodeAt(0));
    } else {
      return null;
    }
  }
  const docId = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  return docIdSchema.safeParse(docId).success ? docId : null;
}

/** Every document id in the mirror's folder; none when it does not exist yet. */
export async function mirroredDocIds(documentsDir: string): Promise<string[]> {
  return (await listMirrorFolders(documentsDir)).docIds;
}

/**
 * The mirror's document folders: those whose document id reads back, and the others (a hashed
 * name, something another tool put there), so whoever must account for every document can name
 * the ones it cannot use instead of passing over them in silence.
 */
export async function listMirrorFolders(
  documentsDir: string,
): Promise<{ docIds: string[]; unnamedFolders: string[] }> {
  let entries: Dirent[];
  try {
    entries = await readdir(documentsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { docIds: [], unnamedFolders: [] };
    throw error;
  }
  const docIds: string[] = [];
  const unnamedFolders: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const docId = docIdFromFolderName(entry.name);
    if (docId === null) unnamedFolders.push(entry.name);
    else docIds.push(docId);
  }
  return { docIds, unnamedFolders };
}
