import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder (so the
 * rename stays on one file system and is atomic), are flushed to disk, and only then take the
 * chosen name. On any failure (a read-only folder, a full disk) the temporary file is removed
 * and an existing file of that name is left as it was.
 */

/** The file-system calls used, injectable so a test can make the disk "fill up" midway. */
export interface AtomicFileSystem {
  open: typeof open;
  rename: typeof rename;
  rm: typeof rm;
}

const nodeFs: AtomicFileSystem = { open, rename, rm };

/** `.<name>.<random>.tmp` beside the target: hidden, and never mistaken for the finished file. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  fs: AtomicFileSystem = nodeFs,
): Promise<void> {
  const temporary = temporaryPathFor(path);
  let created = false;
  try {
    // 'wx': never follow or reuse something already there under the temporary name.
    const handle = await fs.open(temporary, 'wx', 0o644);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
    created = false;
  } finally {
    if (created) await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'Tandem is not allowed to write there',
  EPERM: 'Tandem is not allowed to write there',
  EROFS: 'that location is read-only',
  ENOENT: 'that folder does not exist any more',
  ENOTDIR: 'that folder does not exist any more',
  EISDIR: 'a folder already has that name',
  EBUSY: 'the file is in use by another program',
};

/** "The PDF could not be saved to /x/plan.pdf: the disk is full. Nothing was written." */
export function describeWriteError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    (typeof code === 'string' ? REASONS[code] : undefined) ??
    (error instanceof Error ? error.message : String(error));
  return `The PDF could not be saved to ${path}: ${reason}. Nothing was written there.`;
}
