import { strToU8, zipSync, type Zippable } from 'fflate';
import type { MarkdownFile } from './journalMarkdown';
import { UNIX_FILE_ENTRY } from './zipAttributes';

/**
 * The Markdown export as one .zip rather than a folder of files: a single file can be written
 * atomically (all or nothing, never a half-filled folder mixed with older exports), every
 * operating system opens it, and unzipped it is plain `.md` files in a folder per kind.
 */
export function zipMarkdownFiles(
  files: readonly MarkdownFile[],
  folder: string,
  exportedAt: Date,
): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[`${folder}/${file.path}`] = strToU8(file.text);
  return zipSync(entries, { level: 6, mtime: exportedAt, ...UNIX_FILE_ENTRY });
}
