import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode, syncDirectory, writeAll, type MirrorFs } from '../mirror/mirrorFs';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, are
 * fsync'd, and only then renamed over the target (atomic on one file system). A failure
 * removes the temporary file, so a full disk or a refused folder never leaves half a backup
 * behind, and an older file at the target stays as it was.
 */

const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'that disk is read-only',
  EACCES: 'Tandem is not allowed to write there',
  EPERM: 'Tandem is not allowed to write there',
  ENOENT: 'that folder no longer exists',
  ENOTDIR: 'that folder no longer exists',
  EISDIR: 'a folder has that name',
  EIO: 'the disk reported an input/output error',
  ENAMETOOLONG: 'the file name is too long',
};

export class SaveFileError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = errorCode(cause);
    const reason = (code && reasons[code]) ?? (cause instanceof Error ? cause.message : String(cause));
    super(`Could not save “${basename(path)}”: ${reason}. Nothing was written there; choose another place.`, {
      cause,
    });
    this.name = 'SaveFileError';
  }
}

export async function writeFileAtomically(fs: MirrorFs, path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  let created = false;
  try {
    const handle = await fs.open(temporary, 'wx');
    created = true;
    try {
      await writeAll(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
    created = false;
    await syncDirectory(fs, dir);
  } catch (error) {
    if (created) await fs.unlink(temporary).catch(() => undefined);
    throw new SaveFileError(path, error);
  }
}
