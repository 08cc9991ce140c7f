import { createHash } from 'node:crypto';

/**
 * Maps a document id to a folder name that is safe on every file system: `vault` stays
 * `vault`, `item:Ab3` becomes `item_3a_41b3`. Lower-case letters, digits and `-` are kept;
 * every other byte becomes `_` and two hex digits, so ids that differ only in case stay apart
 * on case-insensitive disks (macOS, Windows) and `:` never reaches a Windows path.
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
