import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { docIdSchema } from '../../../shared/ipc/contract';

/**
 * The disk mirror's folder names, both ways. A document id maps to a folder name that is safe on
 * every file system: `vault` stays `vault`, `item:Ab3` becomes `item_3a_41b3`. Lower-case
 * letters, digits and `-` are kept; every other byte becomes `_` and two hex digits, so ids that
 * differ only in case stay apart on case-insensitive disks (macOS, Windows) and `:` never reaches
 * a Windows path. Read back, the names say which documents this installation holds: sharing
 * refuses a peer's "offer" of a document that is already this user's own (accepting would send
 * that private document to them), and a backup holds every document main has, including those
 * no window has opened.
 */

const MAX_FOLDER_NAME = 150;
// Names Windows reserves for devices, with or without an extension.
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export function docFolderName(docId: string): string {
  let name = '';
  for (const byte of new TextEncoder().encode(docId)) {
    const char = String.fromCharCode(byte);
    name += /[a-z0-9-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`;
  }
  if (windowsReserved.test(name)) {
    name = `_${name.charCodeAt(0).toString(16)}${name.slice(1)}`;
  }
  // Escaped names never contain `_h` (an escape is always followed by hex digits), so hashed
  // names cannot collide with readable ones.
  if (name.length > MAX_FOLDER_NAME) {
    name = `_h${createHash('sha256').update(docId).digest('hex')}`;
  }
  return name;
}

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
